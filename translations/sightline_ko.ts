<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AnnotateActions</name>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="38"/>
        <source>&amp;Annotate</source>
        <translation>주석(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="39"/>
        <source>Annotate</source>
        <translation>주석</translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="47"/>
        <source>&amp;Select and move annotations</source>
        <translation>주석 선택 및 이동(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="48"/>
        <source>&amp;Count: a point a click</source>
        <translation>개수 세기(&amp;C): 클릭마다 점 하나</translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="49"/>
        <source>&amp;Box</source>
        <translation>사각형(&amp;B)</translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="50"/>
        <source>&amp;Polygon</source>
        <translation>다각형(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="51"/>
        <source>&amp;Line</source>
        <translation>선(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="52"/>
        <source>Call&amp;out</source>
        <translation>설명선(&amp;O)</translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="62"/>
        <source>&amp;Copy selected annotations</source>
        <translation>선택한 주석 복사(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="65"/>
        <source>&amp;Paste annotations onto the selected scene</source>
        <translation>선택한 영상에 주석 붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="72"/>
        <source>&amp;Delete selected annotations</source>
        <translation>선택한 주석 삭제(&amp;D)</translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="74"/>
        <source>Annotation &amp;details…</source>
        <translation>주석 세부 정보(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="83"/>
        <source>Object &amp;kinds…</source>
        <translation>객체 종류(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="94"/>
        <source>The object kind new annotations mark</source>
        <translation>새 주석이 표시할 객체 종류</translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="98"/>
        <source>How many objects a new box or polygon holds</source>
        <translation>새 사각형이나 다각형에 담긴 객체 수</translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="103"/>
        <source>How sure the count or identification is</source>
        <translation>개수 또는 식별의 확실성</translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="104"/>
        <source> Kind </source>
        <translation> 종류 </translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="106"/>
        <source> Count </source>
        <translation> 개수 </translation>
    </message>
</context>
<context>
    <name>BasemapActions</name>
    <message>
        <location filename="../app/sightline/basemapactions.cpp" line="58"/>
        <location filename="../app/sightline/basemapactions.cpp" line="100"/>
        <source>Natural Earth (offline)</source>
        <translation>Natural Earth (오프라인)</translation>
    </message>
    <message>
        <location filename="../app/sightline/basemapactions.cpp" line="104"/>
        <source>&amp;Add basemap source…</source>
        <translation>배경 지도 소스 추가(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../app/sightline/basemapactions.cpp" line="106"/>
        <source>&amp;Remove this source</source>
        <translation>이 소스 제거(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/sightline/basemapactions.cpp" line="110"/>
        <source>Make this area available &amp;offline…</source>
        <translation>이 지역 오프라인 저장(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../app/sightline/basemapactions.cpp" line="114"/>
        <source>&amp;Clear tile cache (%1 MiB)</source>
        <translation>타일 캐시 비우기 (%1 MiB)(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/sightline/basemapactions.cpp" line="129"/>
        <source>Cannot use this basemap</source>
        <translation>이 배경 지도를 사용할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/sightline/basemapactions.cpp" line="134"/>
        <source>Show Natural Earth</source>
        <translation>Natural Earth 표시</translation>
    </message>
    <message>
        <location filename="../app/sightline/basemapactions.cpp" line="134"/>
        <source>Show basemap %1</source>
        <translation>배경 지도 %1 표시</translation>
    </message>
    <message>
        <location filename="../app/sightline/basemapactions.cpp" line="157"/>
        <source>Add basemap %1</source>
        <translation>배경 지도 %1 추가</translation>
    </message>
    <message>
        <location filename="../app/sightline/basemapactions.cpp" line="168"/>
        <source>Remove basemap %1</source>
        <translation>배경 지도 %1 제거</translation>
    </message>
    <message>
        <location filename="../app/sightline/basemapactions.cpp" line="146"/>
        <location filename="../app/sightline/basemapactions.cpp" line="152"/>
        <source>Cannot add the source</source>
        <translation>소스를 추가할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/sightline/basemapactions.cpp" line="147"/>
        <source>A basemap source is already named %1.</source>
        <translation>이름이 %1인 배경 지도 소스가 이미 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/sightline/basemapactions.cpp" line="200"/>
        <source>%1 tiles kept for offline use</source>
        <translation>오프라인 사용을 위해 타일 %1개를 저장했습니다</translation>
    </message>
    <message>
        <location filename="../app/sightline/basemapactions.cpp" line="210"/>
        <source>Cannot clear the tile cache</source>
        <translation>타일 캐시를 비울 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/sightline/basemapactions.cpp" line="212"/>
        <source>Tile cache cleared</source>
        <translation>타일 캐시를 비웠습니다</translation>
    </message>
</context>
<context>
    <name>CaptureExport</name>
    <message>
        <location filename="../libs/ui/sightline/ui/captureexportdialog.cpp" line="18"/>
        <source>Exported %1 (%2, SHA-256 %3)</source>
        <translation>%1 내보냄 (%2, SHA-256 %3)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureexportdialog.cpp" line="34"/>
        <source>Export capture</source>
        <translation>보존본 내보내기</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureexportdialog.cpp" line="39"/>
        <source>Cannot export capture</source>
        <translation>보존본을 내보낼 수 없습니다</translation>
    </message>
</context>
<context>
    <name>ClaimWords</name>
    <message>
        <location filename="../libs/present/sightline/present/claimwords.cpp" line="17"/>
        <source>citing %1</source>
        <translation>%1 인용</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/claimwords.cpp" line="80"/>
        <source>dismissed: linked as not contradicting</source>
        <translation>기각: 모순 아님으로 연결됨</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/claimwords.cpp" line="81"/>
        <source>dismissed: %1</source>
        <translation>기각: %1</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/claimwords.cpp" line="83"/>
        <source>the figures alone could not both be true</source>
        <translation>수치만으로는 둘 다 참일 수 없음</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/claimwords.cpp" line="90"/>
        <source>the figures cannot both be true</source>
        <translation>두 수치가 모두 참일 수는 없음</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/claimwords.cpp" line="92"/>
        <source>linked as contradicting</source>
        <translation>모순으로 연결됨</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="60"/>
        <source>Unreviewed</source>
        <translation>미검토</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="61"/>
        <source>Accepted</source>
        <translation>수용</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="62"/>
        <source>Disputed</source>
        <translation>이견 있음</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="63"/>
        <source>Rejected</source>
        <translation>기각</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="64"/>
        <source>Needs review</source>
        <translation>검토 필요</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="113"/>
        <source>Links: %1 (%2)</source>
        <translation>연결: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>CompareActions</name>
    <message>
        <location filename="../app/sightline/compareactions.cpp" line="31"/>
        <source>&amp;Flicker between the selected scene and the one before it</source>
        <translation>선택한 영상과 이전 영상 번갈아 보기(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/sightline/compareactions.cpp" line="33"/>
        <source>&amp;End flicker</source>
        <translation>번갈아 보기 끝내기(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/sightline/compareactions.cpp" line="34"/>
        <source>&amp;Compare side by side…</source>
        <translation>나란히 비교(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../app/sightline/compareactions.cpp" line="38"/>
        <source>Scenes of this site</source>
        <translation>이 장소의 영상</translation>
    </message>
    <message>
        <location filename="../app/sightline/compareactions.cpp" line="76"/>
        <source>Flicker needs two scenes of one place: select a scene that has an earlier one, or show two scenes</source>
        <translation>번갈아 보려면 같은 장소의 영상 두 개가 필요합니다: 이전 영상이 있는 영상을 선택하거나 영상 두 개를 표시하십시오</translation>
    </message>
    <message>
        <location filename="../app/sightline/compareactions.cpp" line="86"/>
        <source>Flicker: %1 (%2)   F swaps, Shift+F ends</source>
        <translation>번갈아 보기: %1 (%2)   F 전환, Shift+F 종료</translation>
    </message>
    <message>
        <location filename="../app/sightline/compareactions.cpp" line="87"/>
        <source>before</source>
        <translation>이전</translation>
    </message>
    <message>
        <location filename="../app/sightline/compareactions.cpp" line="87"/>
        <source>after</source>
        <translation>이후</translation>
    </message>
    <message>
        <location filename="../app/sightline/compareactions.cpp" line="105"/>
        <source>Compare scenes — Sightline</source>
        <translation>영상 비교 — Sightline</translation>
    </message>
</context>
<context>
    <name>CountWords</name>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="39"/>
        <source>%n claim(s)</source>
        <translation>
            <numerusform>주장 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="40"/>
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n개 그룹</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="41"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>상충 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="42"/>
        <source>%n judgment(s)</source>
        <translation>
            <numerusform>판단 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="43"/>
        <source>%n need(s) review</source>
        <translation>
            <numerusform>검토 필요 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="44"/>
        <source>%n hit(s)</source>
        <translation>
            <numerusform>결과 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="45"/>
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n개 버전</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="46"/>
        <source>%n capture(s)</source>
        <translation>
            <numerusform>보존본 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="47"/>
        <source>%n scene(s)</source>
        <translation>
            <numerusform>영상 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="48"/>
        <source>%n site(s)</source>
        <translation>
            <numerusform>장소 %n곳</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="49"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>사건 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="50"/>
        <source>%n observation(s)</source>
        <translation>
            <numerusform>관측 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="51"/>
        <source>%n source(s)</source>
        <translation>
            <numerusform>출처 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="52"/>
        <source>%n other record(s)</source>
        <translation>
            <numerusform>기타 기록 %n건</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Custody</name>
    <message>
        <location filename="../libs/present/sightline/present/custodywords.cpp" line="11"/>
        <source>%1 %2 by %3</source>
        <translation>%1 %2, 수행자: %3</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/custodywords.cpp" line="20"/>
        <source>Custody: no entries</source>
        <translation>보관 이력: 기록 없음</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/custodywords.cpp" line="21"/>
        <source>Custody: %1 (%2 in the log)</source>
        <translation>보관 이력: %1 (기록 %2건)</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <location filename="../app/sightline/editactions.cpp" line="22"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/sightline/editactions.cpp" line="23"/>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location filename="../app/sightline/editactions.cpp" line="25"/>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/sightline/editactions.cpp" line="33"/>
        <source>&amp;Delete selected</source>
        <translation>선택 항목 삭제(&amp;D)</translation>
    </message>
    <message>
        <location filename="../app/sightline/editactions.cpp" line="39"/>
        <source>&amp;Grading scheme</source>
        <translation>등급 체계(&amp;G)</translation>
    </message>
    <message>
        <location filename="../app/sightline/editactions.cpp" line="41"/>
        <source>&amp;Preferences…</source>
        <translation>환경 설정(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../app/sightline/editactions.cpp" line="53"/>
        <source>Grading scheme: %1</source>
        <translation>등급 체계: %1</translation>
    </message>
    <message>
        <location filename="../app/sightline/editactions.cpp" line="55"/>
        <source>Grading scheme</source>
        <translation>등급 체계</translation>
    </message>
</context>
<context>
    <name>EventCommands</name>
    <message>
        <location filename="../libs/edit/sightline/edit/eventcommands.cpp" line="18"/>
        <location filename="../libs/edit/sightline/edit/eventcommands.cpp" line="36"/>
        <source>Edit event %1</source>
        <translation>사건 %1 편집</translation>
    </message>
    <message>
        <location filename="../libs/edit/sightline/edit/eventcommands.cpp" line="19"/>
        <location filename="../libs/edit/sightline/edit/eventcommands.cpp" line="37"/>
        <source>Add event %1</source>
        <translation>사건 %1 추가</translation>
    </message>
    <message>
        <location filename="../libs/edit/sightline/edit/eventcommands.cpp" line="57"/>
        <source>Move event %1</source>
        <translation>사건 %1 이동</translation>
    </message>
</context>
<context>
    <name>EvidenceActions</name>
    <message>
        <location filename="../app/sightline/evidenceactions.cpp" line="22"/>
        <source>Evi&amp;dence</source>
        <translation>증거(&amp;D)</translation>
    </message>
    <message>
        <location filename="../app/sightline/evidenceactions.cpp" line="23"/>
        <source>&amp;Link claims…</source>
        <translation>주장 연결(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../app/sightline/evidenceactions.cpp" line="26"/>
        <source>Link the two selected claims, or the selected claim to another one</source>
        <translation>선택한 두 주장을 연결하거나, 선택한 주장을 다른 주장과 연결합니다</translation>
    </message>
    <message>
        <location filename="../app/sightline/evidenceactions.cpp" line="29"/>
        <source>&amp;Record as observation</source>
        <translation>관측으로 기록(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/sightline/evidenceactions.cpp" line="44"/>
        <location filename="../app/sightline/evidenceactions.cpp" line="47"/>
        <source>Choose one claim</source>
        <translation>주장을 하나 선택하십시오</translation>
    </message>
    <message>
        <location filename="../app/sightline/evidenceactions.cpp" line="49"/>
        <source>The claim names no site</source>
        <translation>이 주장은 장소를 명시하지 않습니다</translation>
    </message>
    <message>
        <location filename="../app/sightline/evidenceactions.cpp" line="53"/>
        <source>Put the claim&apos;s figure into its site&apos;s count series</source>
        <translation>주장의 수치를 해당 장소의 집계 시계열에 넣습니다</translation>
    </message>
    <message>
        <location filename="../app/sightline/evidenceactions.cpp" line="79"/>
        <location filename="../app/sightline/evidenceactions.cpp" line="87"/>
        <source>Record as observation</source>
        <translation>관측으로 기록</translation>
    </message>
    <message>
        <location filename="../app/sightline/evidenceactions.cpp" line="80"/>
        <source>The claim names several sites. Record its figure at:</source>
        <translation>이 주장은 여러 장소를 명시합니다. 수치를 기록할 장소:</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="38"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="39"/>
        <source>&amp;New project…</source>
        <translation>새 프로젝트(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="40"/>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="68"/>
        <source>Open project</source>
        <translation>프로젝트 열기</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="69"/>
        <location filename="../app/sightline/fileactions.cpp" line="98"/>
        <location filename="../app/sightline/fileactions.cpp" line="116"/>
        <location filename="../app/sightline/fileactions.cpp" line="123"/>
        <source>Sightline projects (*.gpkg)</source>
        <translation>Sightline 프로젝트 (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="41"/>
        <source>Open &amp;recent</source>
        <translation>최근 항목 열기(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="43"/>
        <source>Save a &amp;copy as…</source>
        <translation>사본으로 저장(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="44"/>
        <source>&amp;Merge another copy…</source>
        <translation>다른 사본 병합(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="45"/>
        <source>Merge co&amp;nflicts…</source>
        <translation>병합 충돌(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="46"/>
        <source>Write a &amp;brief…</source>
        <translation>브리핑 작성(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="53"/>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="54"/>
        <source>&amp;Import…</source>
        <translation>가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="55"/>
        <source>Add &amp;vector layer…</source>
        <translation>벡터 레이어 추가(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="57"/>
        <source>Add vector layer</source>
        <translation>벡터 레이어 추가</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="58"/>
        <source>Vector files (*.gpkg *.geojson *.json *.kml *.kmz *.shp *.csv *.gml *.fgb);;All files (*)</source>
        <translation>벡터 파일 (*.gpkg *.geojson *.json *.kml *.kmz *.shp *.csv *.gml *.fgb);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="63"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="86"/>
        <source>Cannot make the project</source>
        <translation>프로젝트를 만들 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="97"/>
        <source>Save a copy of the project</source>
        <translation>프로젝트 사본 저장</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="103"/>
        <source>Saved a copy as %1</source>
        <translation>사본을 %1(으)로 저장했습니다</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="105"/>
        <source>Cannot save a copy</source>
        <translation>사본을 저장할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="115"/>
        <source>Merge another copy of this project</source>
        <translation>이 프로젝트의 다른 사본 병합</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="121"/>
        <source>Save the merged project as</source>
        <translation>병합된 프로젝트를 다른 이름으로 저장</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="133"/>
        <source>Cannot merge</source>
        <translation>병합할 수 없습니다</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sightline/fileactions.cpp" line="137"/>
        <source>Merged into %1: %n conflict(s) to resolve</source>
        <translation>
            <numerusform>%1에 병합했습니다: 해결할 충돌이 %n개 있습니다</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="157"/>
        <source>STIX 2.1 bundle (*.json)</source>
        <translation>STIX 2.1 번들 (*.json)</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="158"/>
        <source>GeoJSON (*.geojson)</source>
        <translation>GeoJSON (*.geojson)</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="159"/>
        <source>KML (*.kml)</source>
        <translation>KML (*.kml)</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="160"/>
        <source>KMZ (*.kmz)</source>
        <translation>KMZ (*.kmz)</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="161"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="162"/>
        <source>GeoPackage layers (*.gpkg)</source>
        <translation>GeoPackage 레이어 (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="163"/>
        <source>QGIS project and its GeoPackage (*.qgs)</source>
        <translation>QGIS 프로젝트와 GeoPackage (*.qgs)</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="168"/>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="180"/>
        <location filename="../app/sightline/fileactions.cpp" line="203"/>
        <source>Cannot export</source>
        <translation>내보낼 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="180"/>
        <source>%1 is the project itself.</source>
        <translation>%1은(는) 프로젝트 파일 자체입니다.</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="185"/>
        <source>Export restricted material?</source>
        <translation>배포 제한 자료를 내보내시겠습니까?</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="186"/>
        <source>This project is marked %1: %2

Export it to %3 anyway?</source>
        <translation>이 프로젝트의 취급 표시는 %1입니다: %2

그래도 %3(으)로 내보내시겠습니까?</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="201"/>
        <source>Exported to %1 (%2)</source>
        <translation>%1(으)로 내보냄 (%2)</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="211"/>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="212"/>
        <source>STIX 2.1, GeoJSON, KML, KMZ, CSV (*.json *.stix *.geojson *.kml *.kmz *.csv);;All files (*)</source>
        <translation>STIX 2.1, GeoJSON, KML, KMZ, CSV (*.json *.stix *.geojson *.kml *.kmz *.csv);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="216"/>
        <source>Import %1</source>
        <translation>%1 가져오기</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sightline/fileactions.cpp" line="225"/>
        <source>Imported %1 (%2): %n new record(s)</source>
        <translation>
            <numerusform>%1 가져옴 (%2): 새 기록 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sightline/fileactions.cpp" line="228"/>
        <source>, %n already in the project</source>
        <translation>
            <numerusform>, %n건은 이미 프로젝트에 있음</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="230"/>
        <source>; not understood: %1</source>
        <translation>; 인식하지 못함: %1</translation>
    </message>
</context>
<context>
    <name>GradeWords</name>
    <message>
        <location filename="../libs/present/sightline/present/gradewords.cpp" line="10"/>
        <source>completely reliable</source>
        <translation>완전히 신뢰할 수 있음</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/gradewords.cpp" line="10"/>
        <source>usually reliable</source>
        <translation>대체로 신뢰할 수 있음</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/gradewords.cpp" line="11"/>
        <source>fairly reliable</source>
        <translation>상당히 신뢰할 수 있음</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/gradewords.cpp" line="11"/>
        <source>not usually reliable</source>
        <translation>대체로 신뢰할 수 없음</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/gradewords.cpp" line="12"/>
        <source>unreliable</source>
        <translation>신뢰할 수 없음</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/gradewords.cpp" line="12"/>
        <source>reliability cannot be judged</source>
        <translation>신뢰도 판단 불가</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/gradewords.cpp" line="13"/>
        <source>always reliable</source>
        <translation>항상 신뢰할 수 있음</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/gradewords.cpp" line="13"/>
        <source>mostly reliable</source>
        <translation>대부분 신뢰할 수 있음</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/gradewords.cpp" line="14"/>
        <source>sometimes reliable</source>
        <translation>때때로 신뢰할 수 있음</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/gradewords.cpp" line="14"/>
        <source>untested source</source>
        <translation>검증되지 않은 출처</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/gradewords.cpp" line="49"/>
        <source>Source %1</source>
        <translation>출처 %1</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/gradewords.cpp" line="50"/>
        <source>Source %1 (%2)</source>
        <translation>출처 %1 (%2)</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/gradewords.cpp" line="53"/>
        <source>information %1</source>
        <translation>정보 %1</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/gradewords.cpp" line="54"/>
        <source>information %1 (%2)</source>
        <translation>정보 %1 (%2)</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <location filename="../app/sightline/helpactions.cpp" line="14"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/sightline/helpactions.cpp" line="15"/>
        <source>&amp;Getting started</source>
        <translation>시작하기(&amp;G)</translation>
    </message>
    <message>
        <location filename="../app/sightline/helpactions.cpp" line="16"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <location filename="../app/sightline/helpactions.cpp" line="18"/>
        <source>&amp;About Sightline</source>
        <translation>Sightline 정보(&amp;A)</translation>
    </message>
</context>
<context>
    <name>ImageryActions</name>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="29"/>
        <source>&amp;Import images…</source>
        <translation>영상 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="30"/>
        <source>&amp;Display of the selected scene…</source>
        <translation>선택한 영상 표시 설정(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="32"/>
        <source>&amp;Find moved image files…</source>
        <translation>이동된 영상 파일 찾기(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="33"/>
        <source>&amp;Georeference image…</source>
        <translation>영상 지리 참조(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="36"/>
        <source>&amp;Swipe: the map without imagery left of a line</source>
        <translation>스와이프(&amp;S): 선 왼쪽은 영상 없는 지도</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="47"/>
        <source>Import images</source>
        <translation>영상 가져오기</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="48"/>
        <source>Images (*.tif *.tiff *.jp2 *.ntf *.nitf *.png *.jpg *.jpeg *.vrt *.img);;All files (*)</source>
        <translation>영상 (*.tif *.tiff *.jp2 *.ntf *.nitf *.png *.jpg *.jpeg *.vrt *.img);;모든 파일 (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sightline/imageryactions.cpp" line="65"/>
        <source>Import %n image(s)</source>
        <translation>
            <numerusform>영상 %n개 가져오기</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="70"/>
        <source>Import %1</source>
        <translation>%1 가져오기</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="73"/>
        <source>Embed %1</source>
        <translation>%1 포함하기</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="95"/>
        <source>Select a scene first: click inside its footprint</source>
        <translation>먼저 영상을 선택하십시오: 영상 범위 안을 클릭합니다</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="104"/>
        <source>Display of %1</source>
        <translation>%1 표시 설정</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="112"/>
        <source>Folder with the moved image files</source>
        <translation>이동된 영상 파일이 있는 폴더</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="117"/>
        <source>Find moved image files</source>
        <translation>이동된 영상 파일 찾기</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="119"/>
        <source>Find %1</source>
        <translation>%1 찾기</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sightline/imageryactions.cpp" line="121"/>
        <source>Found %n moved image file(s)</source>
        <translation>
            <numerusform>이동된 영상 파일 %n개를 찾았습니다</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="123"/>
        <source>Cannot search the folder</source>
        <translation>폴더를 검색할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="134"/>
        <source>Georeference image</source>
        <translation>영상 지리 참조</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="135"/>
        <source>Images (*.tif *.tiff *.png *.jpg *.jpeg *.gif *.bmp);;All files (*)</source>
        <translation>이미지 (*.tif *.tiff *.png *.jpg *.jpeg *.gif *.bmp);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="141"/>
        <source>Cannot georeference the image</source>
        <translation>영상을 지리 참조할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="147"/>
        <source>Added the georeferenced %1 as a scene</source>
        <translation>지리 참조된 %1을(를) 영상으로 추가했습니다</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="152"/>
        <source>Some images were not imported</source>
        <translation>일부 영상을 가져오지 못했습니다</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="156"/>
        <source>Georeference %1…</source>
        <translation>%1 지리 참조…</translation>
    </message>
</context>
<context>
    <name>JudgmentWords</name>
    <message>
        <location filename="../libs/present/sightline/present/judgmentwords.cpp" line="27"/>
        <source>nothing</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/judgmentwords.cpp" line="36"/>
        <source>no period</source>
        <translation>기간 없음</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="84"/>
        <source>Sightline</source>
        <translation>Sightline</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="112"/>
        <source>Settings reset</source>
        <translation>설정 초기화됨</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="138"/>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="139"/>
        <source>Claims</source>
        <translation>주장</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="142"/>
        <source>Conflicts</source>
        <translation>상충</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="144"/>
        <source>Needs review</source>
        <translation>검토 필요</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="146"/>
        <source>Judgments</source>
        <translation>판단</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="148"/>
        <source>Sites</source>
        <translation>장소</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="151"/>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="153"/>
        <location filename="../app/sightline/mainwindow.cpp" line="181"/>
        <source>Capture</source>
        <translation>보존본</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="155"/>
        <source>Layers</source>
        <translation>레이어</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="156"/>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="159"/>
        <source>Tally</source>
        <translation>집계</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="160"/>
        <source>Series</source>
        <translation>시계열</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="181"/>
        <source>Capture: %1</source>
        <translation>보존본: %1</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="241"/>
        <source>&amp;Basemap</source>
        <translation>배경 지도(&amp;B)</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="242"/>
        <source>&amp;Imagery</source>
        <translation>영상(&amp;I)</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="274"/>
        <source>Main toolbar</source>
        <translation>기본 도구 모음</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="333"/>
        <source>Cannot add layer</source>
        <translation>레이어를 추가할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="414"/>
        <source>Opened read-only: changes cannot be saved</source>
        <translation>읽기 전용으로 열었습니다: 변경 사항을 저장할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="424"/>
        <source>%1 (read-only) — Sightline</source>
        <translation>%1 (읽기 전용) — Sightline</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="425"/>
        <source>%1 — Sightline</source>
        <translation>%1 — Sightline</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="434"/>
        <source>Cannot open project</source>
        <translation>프로젝트를 열 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="445"/>
        <source>Writing the demo project…</source>
        <translation>데모 프로젝트를 쓰는 중…</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="453"/>
        <source>Cannot write the demo project: %1</source>
        <translation>데모 프로젝트를 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="456"/>
        <source>Cannot open the demo</source>
        <translation>데모를 열 수 없습니다</translation>
    </message>
</context>
<context>
    <name>MapContextMenu</name>
    <message>
        <location filename="../app/sightline/mapcontextmenu.cpp" line="43"/>
        <source>&amp;Identify</source>
        <translation>식별(&amp;I)</translation>
    </message>
    <message>
        <location filename="../app/sightline/mapcontextmenu.cpp" line="44"/>
        <source>&amp;Measure from here</source>
        <translation>여기서부터 측정(&amp;M)</translation>
    </message>
    <message>
        <location filename="../app/sightline/mapcontextmenu.cpp" line="48"/>
        <source>Add &amp;site here…</source>
        <translation>여기에 장소 추가(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../app/sightline/mapcontextmenu.cpp" line="56"/>
        <source>Copy as &amp;decimal degrees</source>
        <translation>십진 도로 복사(&amp;D)</translation>
    </message>
    <message>
        <location filename="../app/sightline/mapcontextmenu.cpp" line="57"/>
        <source>Copy as degrees, minutes, &amp;seconds</source>
        <translation>도·분·초로 복사(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/sightline/mapcontextmenu.cpp" line="58"/>
        <source>Copy as M&amp;GRS</source>
        <translation>MGRS로 복사(&amp;G)</translation>
    </message>
    <message>
        <location filename="../app/sightline/mapcontextmenu.cpp" line="63"/>
        <source>Copied %1</source>
        <translation>복사했습니다: %1</translation>
    </message>
</context>
<context>
    <name>ObservationCommands</name>
    <message>
        <location filename="../libs/edit/sightline/edit/observationcommands.cpp" line="16"/>
        <source>the claim has no figure</source>
        <translation>주장에 수치가 없습니다</translation>
    </message>
    <message>
        <location filename="../libs/edit/sightline/edit/observationcommands.cpp" line="18"/>
        <source>the claim&apos;s figure does not say what it counts</source>
        <translation>주장의 수치가 무엇을 센 것인지 밝히지 않습니다</translation>
    </message>
    <message>
        <location filename="../libs/edit/sightline/edit/observationcommands.cpp" line="20"/>
        <source>an observation is made at a site</source>
        <translation>관측은 장소에 대해 기록합니다</translation>
    </message>
    <message>
        <location filename="../libs/edit/sightline/edit/observationcommands.cpp" line="22"/>
        <source>the claim is not about that site</source>
        <translation>주장이 그 장소에 관한 것이 아닙니다</translation>
    </message>
    <message>
        <location filename="../libs/edit/sightline/edit/observationcommands.cpp" line="38"/>
        <source>Recorded from the claim “%1”</source>
        <translation>주장 “%1”에서 기록함</translation>
    </message>
</context>
<context>
    <name>ProjectAccess</name>
    <message>
        <location filename="../app/sightline/projectaccess.cpp" line="31"/>
        <source>someone</source>
        <translation>다른 사용자</translation>
    </message>
    <message>
        <location filename="../app/sightline/projectaccess.cpp" line="34"/>
        <source>an unknown time</source>
        <translation>알 수 없는 시각</translation>
    </message>
    <message>
        <location filename="../app/sightline/projectaccess.cpp" line="35"/>
        <source>%1 (process %2)</source>
        <translation>%1 (프로세스 %2)</translation>
    </message>
    <message>
        <location filename="../app/sightline/projectaccess.cpp" line="35"/>
        <source>another computer</source>
        <translation>다른 컴퓨터</translation>
    </message>
    <message>
        <location filename="../app/sightline/projectaccess.cpp" line="36"/>
        <source>Project in use</source>
        <translation>사용 중인 프로젝트</translation>
    </message>
    <message>
        <location filename="../app/sightline/projectaccess.cpp" line="37"/>
        <source>%1 has had this project open since %2 on %3.

%4

Open it read-only?</source>
        <translation>%1이(가) %2부터 %3에서 이 프로젝트를 열어 두고 있습니다.

%4

읽기 전용으로 여시겠습니까?</translation>
    </message>
    <message>
        <location filename="../app/sightline/projectaccess.cpp" line="41"/>
        <source>Open &amp;read-only</source>
        <translation>읽기 전용으로 열기(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/sightline/projectaccess.cpp" line="46"/>
        <source>%1 is open elsewhere (%2 since %3).</source>
        <translation>%1은(는) 다른 곳에서 열려 있습니다 (%2, %3부터).</translation>
    </message>
    <message>
        <location filename="../app/sightline/projectaccess.cpp" line="55"/>
        <source>Opened read-only</source>
        <translation>읽기 전용으로 열림</translation>
    </message>
    <message>
        <location filename="../app/sightline/projectaccess.cpp" line="56"/>
        <source>%1 cannot be written to (its folder or the file itself), so it opens read-only: you can read and export it, but not change it.</source>
        <translation>%1에 쓸 수 없으므로(폴더 또는 파일 자체) 읽기 전용으로 엽니다. 읽고 내보낼 수는 있지만 변경할 수는 없습니다.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../libs/ui/sightline/ui/cleancopyoffer.cpp" line="17"/>
        <source>Project refused</source>
        <translation>프로젝트 거부됨</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/cleancopyoffer.cpp" line="18"/>
        <source>This project holds something Sightline does not make, and is not opened as it is.</source>
        <translation>이 프로젝트에는 Sightline이 만들지 않는 내용이 있어 그대로 열지 않습니다.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/cleancopyoffer.cpp" line="21"/>
        <source>A cleaned copy keeps the records and leaves out everything else; the original is not changed.</source>
        <translation>정리된 사본은 기록만 남기고 나머지는 모두 뺍니다. 원본은 바뀌지 않습니다.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/cleancopyoffer.cpp" line="23"/>
        <source>Open a cleaned copy</source>
        <translation>정리된 사본 열기</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/cleancopyoffer.cpp" line="31"/>
        <source>Save the cleaned copy as</source>
        <translation>정리된 사본 저장 위치</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/cleancopyoffer.cpp" line="32"/>
        <source>Sightline projects (*.gpkg)</source>
        <translation>Sightline 프로젝트 (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/cleancopyoffer.cpp" line="36"/>
        <source>Cleaned copy</source>
        <translation>정리된 사본</translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/ui/sightline/ui/cleancopyoffer.cpp" line="37"/>
        <source>Wrote %1 with %n change(s) from the original.</source>
        <translation>
            <numerusform>%1을(를) 기록했습니다. 원본과 달라진 곳 %n건.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/cleancopyoffer.cpp" line="45"/>
        <source>Cannot clean the project</source>
        <translation>프로젝트를 정리할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>RecordTitle</name>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="17"/>
        <source>(untitled source)</source>
        <translation>(제목 없는 출처)</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="29"/>
        <source>Site</source>
        <translation>장소</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="30"/>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="31"/>
        <source>Capture</source>
        <translation>보존본</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="32"/>
        <source>Claim</source>
        <translation>주장</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="33"/>
        <source>Scene</source>
        <translation>영상</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="34"/>
        <source>Annotation</source>
        <translation>주석</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="35"/>
        <source>Observation</source>
        <translation>관측</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="36"/>
        <source>Event</source>
        <translation>사건</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="37"/>
        <source>Link</source>
        <translation>연결</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="38"/>
        <source>Bookmark</source>
        <translation>책갈피</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="39"/>
        <source>Judgment</source>
        <translation>판단</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="47"/>
        <source>corroborates</source>
        <translation>확증함</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="48"/>
        <source>contradicts</source>
        <translation>모순됨</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="49"/>
        <source>supports</source>
        <translation>뒷받침함</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="50"/>
        <source>depicts</source>
        <translation>묘사함</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="51"/>
        <source>refers to</source>
        <translation>언급함</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="52"/>
        <source>depends on</source>
        <translation>의존함</translation>
    </message>
</context>
<context>
    <name>SceneActions</name>
    <message>
        <location filename="../app/sightline/sceneactions.cpp" line="34"/>
        <source>Scene &amp;details…</source>
        <translation>영상 세부 정보(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../app/sightline/sceneactions.cpp" line="37"/>
        <source>&amp;Remove the selected scene…</source>
        <translation>선택한 영상 제거(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../app/sightline/sceneactions.cpp" line="40"/>
        <source>Remove scene</source>
        <translation>영상 제거</translation>
    </message>
    <message>
        <location filename="../app/sightline/sceneactions.cpp" line="43"/>
        <source>Build &amp;overviews for the selected scene</source>
        <translation>선택한 영상의 피라미드 생성(&amp;O)</translation>
    </message>
    <message>
        <location filename="../app/sightline/sceneactions.cpp" line="45"/>
        <source>&amp;Embed the selected scene&apos;s file in the project</source>
        <translation>선택한 영상 파일을 프로젝트에 포함(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/sightline/sceneactions.cpp" line="47"/>
        <source>Embed imported files in the project</source>
        <translation>가져온 파일을 프로젝트에 포함</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sightline/sceneactions.cpp" line="57"/>
        <source>%1 has %n overview(s) now</source>
        <translation>
            <numerusform>이제 %1에 피라미드 %n단계가 있습니다</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sightline/sceneactions.cpp" line="61"/>
        <source>Building overviews cancelled; no overview file was left</source>
        <translation>피라미드 생성을 취소했습니다. 피라미드 파일은 남지 않았습니다</translation>
    </message>
    <message>
        <location filename="../app/sightline/sceneactions.cpp" line="92"/>
        <source>Select a scene first: click inside its footprint</source>
        <translation>먼저 영상을 선택하십시오: 영상 범위 안을 클릭합니다</translation>
    </message>
    <message>
        <location filename="../app/sightline/sceneactions.cpp" line="105"/>
        <source>Details of %1</source>
        <translation>%1 세부 정보</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sightline/sceneactions.cpp" line="118"/>
        <source>%1 has %n annotation(s). Remove the scene and its annotations? Undo brings them back.</source>
        <translation>
            <numerusform>%1에 주석이 %n개 있습니다. 영상과 주석을 제거하시겠습니까? 실행 취소하면 되돌아옵니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sightline/sceneactions.cpp" line="122"/>
        <source>The file embedded in the project is deleted with the scene, and undo does not bring it back.</source>
        <translation>프로젝트에 포함된 파일은 영상과 함께 삭제되며, 실행 취소해도 되돌아오지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/sightline/sceneactions.cpp" line="125"/>
        <source>Remove %1</source>
        <translation>%1 제거</translation>
    </message>
    <message>
        <location filename="../app/sightline/sceneactions.cpp" line="138"/>
        <source>%1 is already embedded in the project</source>
        <translation>%1은(는) 이미 프로젝트에 포함되어 있습니다</translation>
    </message>
    <message>
        <location filename="../app/sightline/sceneactions.cpp" line="141"/>
        <source>Embed %1</source>
        <translation>%1 포함하기</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sightline/sceneactions.cpp" line="157"/>
        <source>%1 already has %n overview(s)</source>
        <translation>
            <numerusform>%1에 이미 피라미드 %n단계가 있습니다</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeriesWords</name>
    <message>
        <location filename="../libs/present/sightline/present/serieswords.cpp" line="24"/>
        <source>%1 vs a baseline maximum of %2</source>
        <translation>%1 (기준 기간 최댓값 %2 대비)</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/serieswords.cpp" line="29"/>
        <source>%1 vs a baseline maximum of %2: %3×</source>
        <translation>%1 (기준 기간 최댓값 %2 대비): %3배</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/serieswords.cpp" line="43"/>
        <source>baseline %1: median %2, maximum %3 (from %4)</source>
        <translation>기준 기간 %1: 중앙값 %2, 최댓값 %3 (%4 기준)</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/serieswords.cpp" line="50"/>
        <source>counted</source>
        <translation>계수</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/serieswords.cpp" line="51"/>
        <source>reported</source>
        <translation>보고</translation>
    </message>
</context>
<context>
    <name>TimeWords</name>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="44"/>
        <source>yyyy</source>
        <comment>a year</comment>
        <translation>yyyy년</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="45"/>
        <source>MMM yyyy</source>
        <comment>a month</comment>
        <translation>yyyy년 M월</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="46"/>
        <source>d MMM yyyy</source>
        <comment>a day</comment>
        <translation>yyyy년 M월 d일</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="48"/>
        <source>d MMM yyyy HH:mm</source>
        <comment>a minute</comment>
        <translation>yyyy년 M월 d일 HH:mm</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="50"/>
        <source>d MMM yyyy HH:mm:ss</source>
        <comment>a second</comment>
        <translation>yyyy년 M월 d일 HH:mm:ss</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="66"/>
        <source>MMM</source>
        <comment>the first month of a range within one year</comment>
        <translation>yyyy년 M월</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="67"/>
        <source>MMM yyyy</source>
        <comment>the last month of a range within one year</comment>
        <translation>M월</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="71"/>
        <source>d</source>
        <comment>the first day of a range within one month</comment>
        <translation>yyyy년 M월 d일</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="72"/>
        <source>d MMM yyyy</source>
        <comment>the last day of a range within one month</comment>
        <translation>d일</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="74"/>
        <source>d MMM</source>
        <comment>the first day of a range within one year</comment>
        <translation>yyyy년 M월 d일</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="75"/>
        <source>d MMM yyyy</source>
        <comment>the last day of a range within one year</comment>
        <translation>M월 d일</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="81"/>
        <source>d MMM yyyy HH:mm</source>
        <comment>the first minute of a range within one day</comment>
        <translation>yyyy년 M월 d일 HH:mm</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="82"/>
        <source>d MMM yyyy HH:mm:ss</source>
        <comment>the first second of a range within one day</comment>
        <translation>yyyy년 M월 d일 HH:mm:ss</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="99"/>
        <source>unknown time</source>
        <translation>시간 미상</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="102"/>
        <source>%1 local time, zone unknown</source>
        <translation>%1 현지 시간, 시간대 알 수 없음</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="109"/>
        <source>no later than %1</source>
        <translation>늦어도 %1</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="113"/>
        <source>since %1</source>
        <translation>%1 이후</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="131"/>
        <source>to the year</source>
        <translation>연 단위</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="132"/>
        <source>to the month</source>
        <translation>월 단위</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="133"/>
        <source>to the day</source>
        <translation>일 단위</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="134"/>
        <source>to the minute</source>
        <translation>분 단위</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="135"/>
        <source>to the second</source>
        <translation>초 단위</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="143"/>
        <source>No time given</source>
        <translation>시간 정보 없음</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="144"/>
        <source>open</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="145"/>
        <source>%1, %2
earliest %3
latest %4</source>
        <translation>%1, %2
가장 이른 시점 %3
가장 늦은 시점 %4</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../libs/present/sightline/present/timelineitems.cpp" line="79"/>
        <source>%1 at %2</source>
        <translation>%2의 %1</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timelinepainter.cpp" line="191"/>
        <source>No site</source>
        <translation>장소 없음</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timelinepainter.cpp" line="192"/>
        <source>No source</source>
        <translation>출처 없음</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timelinepainter.cpp" line="775"/>
        <source>counted</source>
        <translation>계수</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timelinepainter.cpp" line="777"/>
        <source>reported</source>
        <translation>보고</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timelinepainter.cpp" line="872"/>
        <source>%1 (up to %2)</source>
        <translation>%1 (최대 %2)</translation>
    </message>
</context>
<context>
    <name>ToolActions</name>
    <message>
        <location filename="../app/sightline/toolactions.cpp" line="28"/>
        <source>&amp;Tools</source>
        <translation>도구(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/sightline/toolactions.cpp" line="35"/>
        <source>&amp;Pan and identify</source>
        <translation>이동 및 식별(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/sightline/toolactions.cpp" line="36"/>
        <source>&amp;Zoom to a box</source>
        <translation>사각형으로 확대(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../app/sightline/toolactions.cpp" line="37"/>
        <source>Measure &amp;distance</source>
        <translation>거리 측정(&amp;D)</translation>
    </message>
    <message>
        <location filename="../app/sightline/toolactions.cpp" line="38"/>
        <source>Measure &amp;area</source>
        <translation>면적 측정(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/sightline/toolactions.cpp" line="39"/>
        <source>Add, edit and move &amp;sites</source>
        <translation>장소 추가·편집·이동(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ViewActions</name>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="27"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="30"/>
        <source>&amp;Find…</source>
        <translation>찾기(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="37"/>
        <source>Zoom to &amp;all sites</source>
        <translation>모든 장소 보기(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="41"/>
        <source>Zoom to &amp;selection</source>
        <translation>선택 항목으로 확대(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="42"/>
        <source>&amp;Bookmarks</source>
        <translation>책갈피(&amp;B)</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="45"/>
        <source>Map &amp;CRS</source>
        <translation>지도 좌표계(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="46"/>
        <source>Web Mercator (EPSG:3857)</source>
        <translation>Web Mercator (EPSG:3857)</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="47"/>
        <source>WGS 84 longitude/latitude (EPSG:4326)</source>
        <translation>WGS 84 경도/위도 (EPSG:4326)</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="48"/>
        <source>Local UTM zone</source>
        <translation>현지 UTM 구역</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="52"/>
        <source>Other EPSG code…</source>
        <translation>다른 EPSG 코드…</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="72"/>
        <source>Cannot use this CRS</source>
        <translation>이 좌표계는 사용할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="78"/>
        <source>Map CRS</source>
        <translation>지도 좌표계</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="78"/>
        <source>EPSG code (for example 32652):</source>
        <translation>EPSG 코드 (예: 32652):</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="88"/>
        <source>&amp;Add bookmark…</source>
        <translation>책갈피 추가(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="97"/>
        <source>Cannot show bookmark</source>
        <translation>책갈피를 표시할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="108"/>
        <source>Add bookmark</source>
        <translation>책갈피 추가</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="108"/>
        <source>Name of this view:</source>
        <translation>이 보기의 이름:</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="120"/>
        <source>Add bookmark %1</source>
        <translation>책갈피 %1 추가</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../app/sightline/workspace.cpp" line="30"/>
        <source>Cannot make this change</source>
        <translation>이 변경을 적용할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>sightline::Annotations</name>
    <message>
        <location filename="../libs/core/sightline/core/annotationlabel.cpp" line="27"/>
        <source>%1 %2</source>
        <extracomment>A count of one object kind: &quot;12 railcars&quot; (%1 the count, %2 the kind&apos;s name, plural when not 1)</extracomment>
        <translation>%2 %1</translation>
    </message>
</context>
<context>
    <name>sightline::Judgments</name>
    <message>
        <location filename="../libs/core/sightline/core/confidence.cpp" line="11"/>
        <source>low confidence</source>
        <translation>낮은 확신도</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/confidence.cpp" line="12"/>
        <source>moderate confidence</source>
        <translation>중간 확신도</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/confidence.cpp" line="13"/>
        <source>high confidence</source>
        <translation>높은 확신도</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="21"/>
        <source>almost no chance</source>
        <translation>가능성 거의 없음</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="21"/>
        <source>remote</source>
        <translation>희박함</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="22"/>
        <source>very unlikely</source>
        <translation>가능성 매우 낮음</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="22"/>
        <source>highly improbable</source>
        <translation>개연성 매우 낮음</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="23"/>
        <source>unlikely</source>
        <translation>가능성 낮음</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="23"/>
        <source>improbable</source>
        <translation>개연성 낮음</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="24"/>
        <source>roughly even chance</source>
        <translation>가능성 반반</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="24"/>
        <source>roughly even odds</source>
        <translation>확률 반반</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="25"/>
        <source>likely</source>
        <translation>가능성 높음</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="25"/>
        <source>probable</source>
        <translation>개연성 높음</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="26"/>
        <source>very likely</source>
        <translation>가능성 매우 높음</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="26"/>
        <source>highly probable</source>
        <translation>개연성 매우 높음</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="27"/>
        <source>almost certain</source>
        <translation>거의 확실</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="27"/>
        <source>nearly certain</source>
        <translation>사실상 확실</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="31"/>
        <source>Draft</source>
        <translation>초안</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="32"/>
        <source>Issued</source>
        <translation>발행</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="33"/>
        <source>Withdrawn</source>
        <translation>철회</translation>
    </message>
</context>
<context>
    <name>sightline::Kinds</name>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="41"/>
        <source>Site</source>
        <translation>장소</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="42"/>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="43"/>
        <source>Capture</source>
        <translation>보존본</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="44"/>
        <source>Claim</source>
        <translation>주장</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="45"/>
        <source>Imagery scene</source>
        <translation>영상</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="46"/>
        <source>Annotation</source>
        <translation>주석</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="47"/>
        <source>Observation</source>
        <translation>관측</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="48"/>
        <source>Event</source>
        <translation>사건</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="49"/>
        <source>Link</source>
        <translation>연결</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="50"/>
        <source>Bookmark</source>
        <translation>책갈피</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="51"/>
        <source>Judgment</source>
        <translation>판단</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="55"/>
        <source>Port</source>
        <translation>항구</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="56"/>
        <source>Rail crossing</source>
        <translation>철도 횡단 지점</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="57"/>
        <source>Rail yard</source>
        <translation>철도 조차장</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="58"/>
        <source>Depot</source>
        <translation>창고</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="59"/>
        <source>Factory</source>
        <translation>공장</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="60"/>
        <source>Airfield</source>
        <translation>비행장</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="61"/>
        <source>Border crossing</source>
        <translation>국경 통과 지점</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="62"/>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="71"/>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="66"/>
        <source>Report</source>
        <translation>보고서</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="67"/>
        <source>News article</source>
        <translation>뉴스 기사</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="68"/>
        <source>Official statement</source>
        <translation>공식 성명</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="69"/>
        <source>Imagery provider</source>
        <translation>영상 공급자</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="70"/>
        <source>Social media</source>
        <translation>소셜 미디어</translation>
    </message>
</context>
<context>
    <name>sightline::edit::Annotations</name>
    <message>
        <location filename="../libs/edit/sightline/edit/annotationcommands.cpp" line="68"/>
        <source>The copied annotations lie outside the scene %1</source>
        <translation>복사한 주석이 영상 %1 밖에 있습니다</translation>
    </message>
</context>
<context>
    <name>sightline::present</name>
    <message>
        <location filename="../libs/present/sightline/present/sitewords.cpp" line="82"/>
        <location filename="../libs/present/sightline/present/sitewords.cpp" line="85"/>
        <source>%1 m</source>
        <translation>%1m</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/sitewords.cpp" line="87"/>
        <location filename="../libs/present/sightline/present/sitewords.cpp" line="88"/>
        <source>%1 km</source>
        <translation>%1km</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/sitewords.cpp" line="96"/>
        <source>located to about %1</source>
        <translation>약 %1 이내로 위치 확인</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/sitewords.cpp" line="98"/>
        <source>located only to the town (a few kilometres)</source>
        <translation>도시 수준으로만 위치 확인(수 킬로미터)</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/sitewords.cpp" line="99"/>
        <source>located to about %1 (rounded coordinates)</source>
        <translation>약 %1 이내로 위치 확인(반올림된 좌표)</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/sitewords.cpp" line="101"/>
        <source>located within its area of interest, at most about %1 off</source>
        <translation>관심 지역 안에서 위치 확인, 오차 최대 약 %1</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/sitewords.cpp" line="106"/>
        <source>how precisely it is located is not known</source>
        <translation>위치의 정밀도는 알려지지 않음</translation>
    </message>
</context>
<context>
    <name>sightline::present::SeriesChart</name>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/serieschart.cpp" line="182"/>
        <source>baseline: max %1, median %2 (%n value(s))</source>
        <extracomment>Over the baseline band of a series chart (%1 its maximum, %2 its median, %n how many values)</extracomment>
        <translation>
            <numerusform>기준 기간: 최대 %1, 중앙값 %2 (값 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/serieschart.cpp" line="263"/>
        <source>counted on imagery</source>
        <translation>영상에서 계수</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/serieschart.cpp" line="263"/>
        <source>reported</source>
        <translation>보고</translation>
    </message>
</context>
<context>
    <name>sightline::render::MapModel</name>
    <message>
        <location filename="../libs/render/sightline/render/mapmodel.cpp" line="52"/>
        <location filename="../libs/render/sightline/render/mapmodel.cpp" line="253"/>
        <source>Basemap (Natural Earth)</source>
        <translation>배경 지도 (Natural Earth)</translation>
    </message>
    <message>
        <location filename="../libs/render/sightline/render/mapmodel.cpp" line="53"/>
        <source>Imagery</source>
        <translation>영상</translation>
    </message>
    <message>
        <location filename="../libs/render/sightline/render/mapmodel.cpp" line="54"/>
        <source>Imagery footprints</source>
        <translation>영상 범위</translation>
    </message>
    <message>
        <location filename="../libs/render/sightline/render/mapmodel.cpp" line="55"/>
        <source>Areas of interest</source>
        <translation>관심 지역</translation>
    </message>
    <message>
        <location filename="../libs/render/sightline/render/mapmodel.cpp" line="56"/>
        <source>Annotations</source>
        <translation>주석</translation>
    </message>
    <message>
        <location filename="../libs/render/sightline/render/mapmodel.cpp" line="57"/>
        <source>Claims</source>
        <translation>주장</translation>
    </message>
    <message>
        <location filename="../libs/render/sightline/render/mapmodel.cpp" line="58"/>
        <source>Events</source>
        <translation>사건</translation>
    </message>
    <message>
        <location filename="../libs/render/sightline/render/mapmodel.cpp" line="59"/>
        <source>Sites</source>
        <translation>장소</translation>
    </message>
    <message>
        <location filename="../libs/render/sightline/render/mapmodel.cpp" line="253"/>
        <source>Basemap (%1)</source>
        <translation>배경 지도 (%1)</translation>
    </message>
</context>
<context>
    <name>sightline::ui::AboutDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/aboutdialog.cpp" line="15"/>
        <source>About Sightline</source>
        <translation>Sightline 정보</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/aboutdialog.cpp" line="29"/>
        <source>LGPL 3</source>
        <translation>LGPL 3</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/aboutdialog.cpp" line="31"/>
        <source>public domain</source>
        <translation>퍼블릭 도메인</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/aboutdialog.cpp" line="41"/>
        <source>A desktop workstation for open-source geospatial investigation: sources, claims, sites, imagery and judgments in one project file.</source>
        <translation>공개 출처 기반 지리공간 조사를 위한 데스크톱 워크스테이션: 출처, 주장, 장소, 영상, 판단을 하나의 프로젝트 파일에 담습니다.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/aboutdialog.cpp" line="43"/>
        <source>Libraries</source>
        <translation>라이브러리</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/aboutdialog.cpp" line="43"/>
        <source>Library</source>
        <translation>라이브러리</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/aboutdialog.cpp" line="43"/>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/aboutdialog.cpp" line="43"/>
        <source>Licence</source>
        <translation>라이선스</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/aboutdialog.cpp" line="43"/>
        <source>Data credits</source>
        <translation>데이터 출처</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/aboutdialog.cpp" line="44"/>
        <source>Basemap: Made with Natural Earth, free vector and raster map data (naturalearthdata.com), public domain.</source>
        <translation>배경 지도: Made with Natural Earth, 무료 벡터 및 래스터 지도 데이터(naturalearthdata.com), 퍼블릭 도메인.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/aboutdialog.cpp" line="46"/>
        <source>Imagery: each scene keeps its provider, acquisition date and licence; they are shown in the scene&apos;s details and printed under every figure of a brief. The demo&apos;s scenes are synthetic.</source>
        <translation>영상: 각 영상은 제공자, 촬영일, 라이선스를 함께 보관합니다. 이 정보는 영상 세부 정보에 표시되고 브리핑의 모든 그림 아래에 인쇄됩니다. 데모의 영상은 합성 영상입니다.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/aboutdialog.cpp" line="48"/>
        <source>Coordinate reference systems: the EPSG dataset as shipped with PROJ.</source>
        <translation>좌표 참조계: PROJ에 포함된 EPSG 데이터 세트.</translation>
    </message>
</context>
<context>
    <name>sightline::ui::AnnotationDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="28"/>
        <source>point</source>
        <translation>점</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="29"/>
        <source>box</source>
        <translation>사각형</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="30"/>
        <source>polygon</source>
        <translation>다각형</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="31"/>
        <source>line</source>
        <translation>선</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="32"/>
        <source>callout</source>
        <translation>설명선</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="43"/>
        <source>Annotation details</source>
        <translation>주석 세부 정보</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="55"/>
        <source>A point marks one object; draw a box or polygon to count several</source>
        <translation>점은 객체 하나를 표시합니다. 여러 개를 세려면 사각형이나 다각형을 그리십시오</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="61"/>
        <source>The callout&apos;s text</source>
        <translation>설명선 텍스트</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="62"/>
        <source>Drawn instead of count and kind</source>
        <translation>개수와 종류 대신 표시됩니다</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="65"/>
        <source>What you saw, and why you counted it so</source>
        <translation>무엇을 보았고 왜 그렇게 셌는지</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="68"/>
        <source>Shape</source>
        <translation>모양</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="69"/>
        <source>Drawn on</source>
        <translation>그린 곳</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="70"/>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="70"/>
        <source>unknown</source>
        <translation>미상</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="71"/>
        <source>&amp;Kind</source>
        <translation>종류(&amp;K)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="72"/>
        <source>C&amp;ount</source>
        <translation>개수(&amp;O)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="73"/>
        <source>&amp;Confidence</source>
        <translation>확신도(&amp;C)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="74"/>
        <source>&amp;Text</source>
        <translation>텍스트(&amp;T)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="74"/>
        <source>&amp;Label</source>
        <translation>레이블(&amp;L)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="75"/>
        <source>&amp;Note</source>
        <translation>메모(&amp;N)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="77"/>
        <source>By</source>
        <translation>작성자</translation>
    </message>
</context>
<context>
    <name>sightline::ui::AnnotationEditor</name>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationeditor.cpp" line="170"/>
        <source>Cannot make this change</source>
        <translation>이 변경을 적용할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationeditor.cpp" line="181"/>
        <source>Add %1</source>
        <translation>%1 추가</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationeditor.cpp" line="198"/>
        <source>Change %1</source>
        <translation>%1 변경</translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/ui/sightline/ui/annotationeditor.cpp" line="215"/>
        <source>Delete %n annotation(s)</source>
        <translation>
            <numerusform>주석 %n개 삭제</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationeditor.cpp" line="230"/>
        <location filename="../libs/ui/sightline/ui/annotationeditor.cpp" line="278"/>
        <source>Select annotations first: click one, or drag a box around several</source>
        <translation>먼저 주석을 선택하십시오: 하나를 클릭하거나 여러 개를 사각형으로 둘러쌉니다</translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/ui/sightline/ui/annotationeditor.cpp" line="257"/>
        <source>Change %n annotation(s)</source>
        <translation>
            <numerusform>주석 %n개 변경</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/ui/sightline/ui/annotationeditor.cpp" line="279"/>
        <source>%n annotation(s) copied</source>
        <translation>
            <numerusform>주석 %n개를 복사했습니다</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationeditor.cpp" line="286"/>
        <source>Nothing to paste: copy annotations first</source>
        <translation>붙여넣을 것이 없습니다: 먼저 주석을 복사하십시오</translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/ui/sightline/ui/annotationeditor.cpp" line="294"/>
        <source>Paste %n annotation(s)</source>
        <translation>
            <numerusform>주석 %n개 붙여넣기</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationeditor.cpp" line="296"/>
        <source>Cannot paste</source>
        <translation>붙여넣을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationeditor.cpp" line="344"/>
        <source>the map</source>
        <translation>지도</translation>
    </message>
</context>
<context>
    <name>sightline::ui::BasemapSourceDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/basemapsourcedialog.cpp" line="21"/>
        <source>Add basemap source</source>
        <translation>배경 지도 소스 추가</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/basemapsourcedialog.cpp" line="25"/>
        <source>https://tiles.example.org/{z}/{x}/{y}.png, or a file</source>
        <translation>https://tiles.example.org/{z}/{x}/{y}.png 또는 파일</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/basemapsourcedialog.cpp" line="26"/>
        <source>© OpenStreetMap contributors</source>
        <translation>© OpenStreetMap 기여자</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/basemapsourcedialog.cpp" line="31"/>
        <source> a second</source>
        <translation> 회/초</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/basemapsourcedialog.cpp" line="32"/>
        <source>File…</source>
        <translation>파일…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/basemapsourcedialog.cpp" line="39"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/basemapsourcedialog.cpp" line="40"/>
        <source>URL or file</source>
        <translation>URL 또는 파일</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/basemapsourcedialog.cpp" line="41"/>
        <source>Attribution</source>
        <translation>저작자 표시</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/basemapsourcedialog.cpp" line="42"/>
        <source>Deepest zoom</source>
        <translation>최대 줌 레벨</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/basemapsourcedialog.cpp" line="43"/>
        <source>Download rate</source>
        <translation>다운로드 속도</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/basemapsourcedialog.cpp" line="48"/>
        <source>Basemap file</source>
        <translation>배경 지도 파일</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/basemapsourcedialog.cpp" line="49"/>
        <source>Basemaps (*.mbtiles *.gpkg *.tif *.tiff *.osm *.pbf *.geojson *.shp *.kml);;All files (*)</source>
        <translation>배경 지도 (*.mbtiles *.gpkg *.tif *.tiff *.osm *.pbf *.geojson *.shp *.kml);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/basemapsourcedialog.cpp" line="79"/>
        <source>Give a URL or a file.</source>
        <translation>URL 또는 파일을 지정하십시오.</translation>
    </message>
</context>
<context>
    <name>sightline::ui::BoxAnnotationTool</name>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationtool.cpp" line="217"/>
        <source>Click the other end of the box&apos;s edge; Escape drops it</source>
        <translation>사각형 변의 다른 끝을 클릭하십시오. Esc를 누르면 취소됩니다</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationtool.cpp" line="219"/>
        <source>Move to the box&apos;s depth and click; Escape drops it</source>
        <translation>사각형의 깊이까지 움직여 클릭하십시오. Esc를 누르면 취소됩니다</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationtool.cpp" line="220"/>
        <source>Drag a box around %1, or click three times for a rotated box (edge, then depth)</source>
        <translation>%1 주위로 사각형을 끌거나, 세 번 클릭해 회전된 사각형을 그립니다 (변, 다음에 깊이)</translation>
    </message>
</context>
<context>
    <name>sightline::ui::BriefDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="39"/>
        <source>Making the brief…</source>
        <translation>브리핑 작성 중…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="39"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="69"/>
        <source>Warning: %1</source>
        <translation>경고: %1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="78"/>
        <source>Write a brief</source>
        <translation>브리핑 작성</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="91"/>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="105"/>
        <source>Sites</source>
        <translation>장소</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="94"/>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="96"/>
        <source>open</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="99"/>
        <source>to</source>
        <translation>~</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="101"/>
        <source>Period from</source>
        <translation>기간</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="104"/>
        <source>Key judgments</source>
        <translation>핵심 판단</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="106"/>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="108"/>
        <source>Methods</source>
        <translation>방법</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="113"/>
        <source>Sections</source>
        <translation>섹션</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="117"/>
        <source>The project&apos;s (%1)</source>
        <translation>프로젝트 설정 (%1)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="118"/>
        <source>The project&apos;s (none)</source>
        <translation>프로젝트 설정 (없음)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="122"/>
        <source>Marking</source>
        <translation>취급 표시</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="125"/>
        <source>For internal use: show imagery whose licence does not allow republication</source>
        <translation>내부용: 라이선스상 재게시할 수 없는 영상도 표시</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="127"/>
        <source>The brief then stays inside the organisation: its cover says &quot;For internal use only&quot;, and the custody log records each such scene as shown for internal use.</source>
        <translation>이 경우 브리핑은 조직 내부에만 둡니다. 표지에 &quot;For internal use only&quot;라고 표시되고, 보관 이력에 이러한 영상마다 내부용으로 표시했다는 기록이 남습니다.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="129"/>
        <source>Licences</source>
        <translation>라이선스</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="132"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="133"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="134"/>
        <source>Page size</source>
        <translation>용지 크기</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="136"/>
        <source>Default</source>
        <translation>기본</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="137"/>
        <source>Compact</source>
        <translation>간결</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="138"/>
        <source>Template</source>
        <translation>서식</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="142"/>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="144"/>
        <source>the analysts of the issued judgments</source>
        <translation>발행된 판단의 분석관</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="145"/>
        <source>Author</source>
        <translation>작성자</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="147"/>
        <source>Bottom line up front (optional)</source>
        <translation>핵심 결론 먼저 (선택 사항)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="149"/>
        <source>Bottom line</source>
        <translation>핵심 결론</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="167"/>
        <source>Page </source>
        <translation>페이지 </translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="175"/>
        <source>&amp;Preview</source>
        <translation>미리 보기(&amp;P)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="176"/>
        <source>&amp;Save…</source>
        <translation>저장(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="214"/>
        <source>Choose at least one site, or leave the Sites section out.</source>
        <translation>장소를 하나 이상 선택하거나 &apos;장소&apos; 섹션을 빼십시오.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="243"/>
        <source>The preview cannot be shown.</source>
        <translation>미리 보기를 표시할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="247"/>
        <source>%1 pages, %2 map figures.</source>
        <translation>%1쪽, 지도 그림 %2개.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="301"/>
        <source>These sentences mix a likelihood word with a confidence level; ICD 203 keeps them apart:&lt;br&gt;%1</source>
        <translation>다음 문장은 가능성 표현과 확신 수준을 섞어 씁니다. ICD 203은 둘을 구분합니다:&lt;br&gt;%1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="315"/>
        <source>Wrote %1 (%2 pages).</source>
        <translation>%1을(를) 기록했습니다 (%2쪽).</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="328"/>
        <source>Save the brief</source>
        <translation>브리핑 저장</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="328"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>sightline::ui::CalloutAnnotationTool</name>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationtool.cpp" line="331"/>
        <source>Callout</source>
        <translation>설명선</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationtool.cpp" line="331"/>
        <source>Text of the callout:</source>
        <translation>설명선 텍스트:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationtool.cpp" line="349"/>
        <source>Click where the callout goes, then type its text</source>
        <translation>설명선을 놓을 곳을 클릭한 다음 텍스트를 입력하십시오</translation>
    </message>
</context>
<context>
    <name>sightline::ui::CaptureView</name>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="34"/>
        <source>its content could not be read back</source>
        <translation>내용을 다시 읽을 수 없었습니다</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="35"/>
        <source>it is not a valid PDF (damaged or another kind of file)</source>
        <translation>올바른 PDF가 아닙니다 (손상되었거나 다른 종류의 파일)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="36"/>
        <source>it is protected by a password</source>
        <translation>암호로 보호되어 있습니다</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="37"/>
        <source>its encryption is not supported</source>
        <translation>지원하지 않는 암호화 방식입니다</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="38"/>
        <source>the PDF reader could not open it</source>
        <translation>PDF 뷰어가 열지 못했습니다</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="51"/>
        <source>the PDF reader did not finish reading it in time (%1 s)</source>
        <translation>PDF 뷰어가 제시간에 읽기를 마치지 못했습니다 (%1초)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="52"/>
        <source>the PDF reader failed on it</source>
        <translation>PDF 뷰어가 읽지 못했습니다</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="75"/>
        <source>&amp;Claim from selection</source>
        <translation>선택 영역으로 주장 만들기(&amp;C)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="81"/>
        <source>Make a new claim that quotes the selected text, with its page or paragraph (%1)</source>
        <translation>선택한 텍스트를 쪽 또는 문단과 함께 인용하는 새 주장을 만듭니다 (%1)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="87"/>
        <source>Export capture…</source>
        <translation>보존본 내보내기…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="88"/>
        <source>Write the capture&apos;s stored bytes to a file; the custody log records the export</source>
        <translation>보존본에 저장된 바이트를 파일로 씁니다. 보관 이력에 내보내기가 기록됩니다</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="90"/>
        <source>Show HTML source</source>
        <translation>HTML 소스 보기</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="170"/>
        <source>Choose a capture of a source and open it to read it here.</source>
        <translation>출처의 보존본을 선택하고 열면 여기에서 읽을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="209"/>
        <source>This capture is no longer in the project.</source>
        <translation>이 보존본은 더 이상 프로젝트에 없습니다.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="214"/>
        <source>capture %1</source>
        <translation>보존본 %1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="222"/>
        <source>Cannot read capture “%1”: %2</source>
        <translation>보존본 “%1”을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="232"/>
        <source>captured %1 by %2</source>
        <translation>%1 보존, 보존자: %2</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="237"/>
        <source>The content does not match its SHA-256: it has changed since it was captured.</source>
        <translation>내용이 SHA-256과 일치하지 않습니다: 보존 이후 변경되었습니다.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="239"/>
        <source>SHA-256: %1
Original URL: %2</source>
        <translation>SHA-256: %1
원본 URL: %2</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="241"/>
        <source>not recorded</source>
        <translation>기록되지 않음</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="257"/>
        <source>Cannot show capture “%1”: it is not an image this program can read.</source>
        <translation>보존본 “%1”을(를) 표시할 수 없습니다: 이 프로그램이 읽을 수 있는 이미지가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="264"/>
        <source>Capture “%1” is of a kind this program does not show (%2). It is kept in the project with its hash; export it to open it elsewhere.</source>
        <translation>보존본 “%1”은(는) 이 프로그램이 표시하지 않는 종류입니다 (%2). 해시와 함께 프로젝트에 보관되어 있으니, 내보내서 다른 프로그램으로 여십시오.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="279"/>
        <source>Cannot show capture “%1”: no temporary file for it (%2).</source>
        <translation>보존본 “%1”을(를) 표시할 수 없습니다: 임시 파일을 만들 수 없습니다 (%2).</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="290"/>
        <source>Reading “%1”…</source>
        <translation>“%1” 읽는 중…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="300"/>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="305"/>
        <source>Cannot show capture “%1” as a PDF: %2.</source>
        <translation>보존본 “%1”을(를) PDF로 표시할 수 없습니다: %2.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="55"/>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="306"/>
        <source>it has no pages</source>
        <translation>쪽이 없습니다</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="358"/>
        <source>Claim from %1, %2</source>
        <translation>%1에서 가져온 주장, %2</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="361"/>
        <source>Cannot make this claim</source>
        <translation>이 주장을 만들 수 없습니다</translation>
    </message>
</context>
<context>
    <name>sightline::ui::ClaimLedger</name>
    <message>
        <location filename="../libs/ui/sightline/ui/claimledger.cpp" line="22"/>
        <source>Show all claims</source>
        <translation>모든 주장 보기</translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/ui/sightline/ui/claimledger.cpp" line="151"/>
        <source>%n claim(s) of %1</source>
        <translation>
            <numerusform>%1의 주장 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/ui/sightline/ui/claimledger.cpp" line="152"/>
        <source>All %n claim(s)</source>
        <translation>
            <numerusform>전체 주장 %n건</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/claimledger.cpp" line="155"/>
        <source> in the time window %1</source>
        <translation> (시간 창: %1)</translation>
    </message>
</context>
<context>
    <name>sightline::ui::ClaimTableModel</name>
    <message>
        <location filename="../libs/ui/sightline/ui/claimtablemodel.cpp" line="93"/>
        <source>%1
unit: %2; object kind: %3</source>
        <translation>%1
단위: %2; 객체 종류: %3</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/claimtablemodel.cpp" line="112"/>
        <source>Grade</source>
        <translation>등급</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/claimtablemodel.cpp" line="112"/>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/claimtablemodel.cpp" line="112"/>
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/claimtablemodel.cpp" line="113"/>
        <source>Sites</source>
        <translation>장소</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/claimtablemodel.cpp" line="113"/>
        <source>Quote</source>
        <translation>인용문</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/claimtablemodel.cpp" line="113"/>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/claimtablemodel.cpp" line="114"/>
        <source>Locator</source>
        <translation>출처 내 위치</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/claimtablemodel.cpp" line="114"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
</context>
<context>
    <name>sightline::ui::ComparisonView</name>
    <message>
        <location filename="../libs/ui/sightline/ui/comparisonview.cpp" line="30"/>
        <source>Pan or zoom any map: the others follow. Each map shows one scene, or the map at a date.</source>
        <translation>어느 지도든 이동하거나 확대·축소하면 나머지가 따라갑니다. 각 지도는 영상 하나 또는 특정 날짜의 지도를 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/comparisonview.cpp" line="31"/>
        <source>Add a map</source>
        <translation>지도 추가</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/comparisonview.cpp" line="32"/>
        <source>Remove the last map</source>
        <translation>마지막 지도 제거</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/comparisonview.cpp" line="69"/>
        <source>The map at a date</source>
        <translation>특정 날짜의 지도</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/comparisonview.cpp" line="70"/>
        <source>A time window of its own</source>
        <translation>자체 시간 창</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/comparisonview.cpp" line="93"/>
        <source>What this map shows: one scene, or the map at a date</source>
        <translation>이 지도에 표시할 것: 영상 하나 또는 특정 날짜의 지도</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/comparisonview.cpp" line="99"/>
        <source>open</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/comparisonview.cpp" line="103"/>
        <source>From: the start of this map&apos;s own time window (2023, 2023-08, 2023-08-15)</source>
        <translation>시작: 이 지도 자체 시간 창의 시작 (2023, 2023-08, 2023-08-15)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/comparisonview.cpp" line="104"/>
        <source>To: the end of this map&apos;s own time window</source>
        <translation>끝: 이 지도 자체 시간 창의 끝</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/comparisonview.cpp" line="240"/>
        <source>From</source>
        <translation>시작</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/comparisonview.cpp" line="240"/>
        <source>To</source>
        <translation>끝</translation>
    </message>
</context>
<context>
    <name>sightline::ui::ConflictsView</name>
    <message>
        <location filename="../libs/ui/sightline/ui/conflictsview.cpp" line="32"/>
        <source>Object</source>
        <translation>객체</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/conflictsview.cpp" line="32"/>
        <source>Site</source>
        <translation>장소</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/conflictsview.cpp" line="32"/>
        <source>Claim A</source>
        <translation>주장 A</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/conflictsview.cpp" line="32"/>
        <source>Date A</source>
        <translation>날짜 A</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/conflictsview.cpp" line="32"/>
        <source>Grade A</source>
        <translation>등급 A</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/conflictsview.cpp" line="33"/>
        <source>Claim B</source>
        <translation>주장 B</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/conflictsview.cpp" line="33"/>
        <source>Date B</source>
        <translation>날짜 B</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/conflictsview.cpp" line="33"/>
        <source>Grade B</source>
        <translation>등급 B</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/conflictsview.cpp" line="33"/>
        <source>Why they conflict</source>
        <translation>상충하는 이유</translation>
    </message>
</context>
<context>
    <name>sightline::ui::EditSitesTool</name>
    <message>
        <location filename="../libs/ui/sightline/ui/editsitestool.cpp" line="87"/>
        <source>Click to add a site or edit the one under the cursor; drag a site to move it</source>
        <translation>클릭하여 장소를 추가하거나 커서 아래의 장소를 편집합니다. 장소를 끌면 이동합니다</translation>
    </message>
</context>
<context>
    <name>sightline::ui::EventDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="65"/>
        <source>New event</source>
        <translation>새 사건</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="65"/>
        <source>Edit event</source>
        <translation>사건 편집</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="68"/>
        <source>2023-09-13, 2023-09, 2023-09-07/2023-10-01, ../2024-12-23</source>
        <translation>2023-09-13, 2023-09, 2023-09-07/2023-10-01, ../2024-12-23</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="80"/>
        <source>No location</source>
        <translation>위치 없음</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="81"/>
        <source>Typed coordinates</source>
        <translation>직접 입력한 좌표</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="83"/>
        <source>At %1</source>
        <translation>장소: %1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="84"/>
        <source>latitude, longitude: 42.25, 130.3</source>
        <translation>위도, 경도: 42.25, 130.3</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="111"/>
        <source>Claim: “%1”</source>
        <translation>주장: “%1”</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="117"/>
        <source>Observation: %1 %2, %3</source>
        <translation>관측: %2 %1, %3</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="126"/>
        <source>&amp;Title:</source>
        <translation>제목(&amp;T):</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="127"/>
        <source>T&amp;ime:</source>
        <translation>시간(&amp;I):</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="129"/>
        <source>&amp;Sites:</source>
        <translation>장소(&amp;S):</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="130"/>
        <source>S&amp;ources:</source>
        <translation>출처(&amp;O):</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="134"/>
        <source>&amp;Location:</source>
        <translation>위치(&amp;L):</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="136"/>
        <source>&amp;Rests on:</source>
        <translation>근거(&amp;R):</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="137"/>
        <source>&amp;Notes:</source>
        <translation>메모(&amp;N):</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="151"/>
        <source>, a range 2023-09-07/2023-10-01, ../2024-12-23 (no later than) or 2024-03/.. (since)</source>
        <translation>, 기간 2023-09-07/2023-10-01, ../2024-12-23 (늦어도) 또는 2024-03/.. (이후)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="156"/>
        <source>&quot;%1&quot; is not a point: latitude (−90 to 90) and longitude (−180 to 180) in decimal degrees, separated by a comma (42.25, 130.3)</source>
        <translation>&quot;%1&quot;은(는) 점이 아닙니다: 위도(−90~90)와 경도(−180~180)를 십진 도로, 쉼표로 구분해 입력하십시오 (42.25, 130.3)</translation>
    </message>
</context>
<context>
    <name>sightline::ui::GcpTableModel</name>
    <message>
        <location filename="../libs/ui/sightline/ui/gcptablemodel.cpp" line="42"/>
        <source>pick on the map</source>
        <translation>지도에서 선택</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/gcptablemodel.cpp" line="84"/>
        <source>#</source>
        <translation>번호</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/gcptablemodel.cpp" line="85"/>
        <source>Image x</source>
        <translation>영상 x</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/gcptablemodel.cpp" line="86"/>
        <source>Image y</source>
        <translation>영상 y</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/gcptablemodel.cpp" line="87"/>
        <source>Longitude</source>
        <translation>경도</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/gcptablemodel.cpp" line="88"/>
        <source>Latitude</source>
        <translation>위도</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/gcptablemodel.cpp" line="89"/>
        <source>Residual (px)</source>
        <translation>잔차 (px)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/gcptablemodel.cpp" line="90"/>
        <source>Residual (m)</source>
        <translation>잔차 (m)</translation>
    </message>
</context>
<context>
    <name>sightline::ui::GeorefImageView</name>
    <message>
        <location filename="../libs/ui/sightline/ui/georefimageview.cpp" line="68"/>
        <source>The image cannot be shown</source>
        <translation>영상을 표시할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>sightline::ui::GeoreferenceDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="91"/>
        <source>&amp;Remove point</source>
        <translation>점 제거(&amp;R)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="92"/>
        <source>&amp;Save as scene…</source>
        <translation>영상으로 저장(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="94"/>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="284"/>
        <source>Georeference %1</source>
        <translation>%1 지리 참조</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="114"/>
        <source>Polynomial, order 1 (affine; 3 points or more)</source>
        <translation>1차 다항식 (아핀, 점 3개 이상)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="116"/>
        <source>Polynomial, order 2 (6 points or more)</source>
        <translation>2차 다항식 (점 6개 이상)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="117"/>
        <source>Thin-plate spline (3 points or more; passes through every point)</source>
        <translation>박판 스플라인 (점 3개 이상, 모든 점을 통과)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="123"/>
        <source>Image: click to add a point</source>
        <translation>영상: 클릭하여 점 추가</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="124"/>
        <source>Map: click the same place</source>
        <translation>지도: 같은 곳을 클릭</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="135"/>
        <source>Method:</source>
        <translation>방법:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="218"/>
        <source>RMS residual: &lt;b&gt;%1 px&lt;/b&gt;, %2 m on the ground</source>
        <translation>RMS 잔차: &lt;b&gt;%1 px&lt;/b&gt;, 지상 %2 m</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="232"/>
        <source>Point %1: now click the same place on the map, or type its longitude and latitude in the table.</source>
        <translation>점 %1: 이제 지도에서 같은 곳을 클릭하거나 표에 경도와 위도를 입력하십시오.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="236"/>
        <source>Click a place on the image you can also find on the map (a road junction, a building corner), then click it on the map. Spread the points over the whole image.</source>
        <translation>지도에서도 찾을 수 있는 곳(도로 교차점, 건물 모서리)을 영상에서 클릭한 다음 지도에서 클릭하십시오. 점은 영상 전체에 고르게 분포시키십시오.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="239"/>
        <source>Add more points to check the fit: a large residual is a point placed wrongly. Save when the residuals are small.</source>
        <translation>맞춤을 확인하려면 점을 더 추가하십시오. 잔차가 큰 점은 잘못 찍은 점입니다. 잔차가 작을 때 저장하십시오.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="264"/>
        <source>Save the georeferenced image</source>
        <translation>지리 참조된 영상 저장</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="265"/>
        <source>GeoTIFF (*.tif *.tiff)</source>
        <translation>GeoTIFF (*.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="271"/>
        <source>Cannot save the georeferenced image</source>
        <translation>지리 참조된 영상을 저장할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>sightline::ui::GuideWindow</name>
    <message>
        <location filename="../libs/ui/sightline/ui/guidewindow.cpp" line="12"/>
        <source>Getting started with Sightline</source>
        <translation>Sightline 시작하기</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/guidewindow.cpp" line="19"/>
        <source>The guide is missing from this build (%1).</source>
        <translation>이 빌드에 안내서가 없습니다 (%1).</translation>
    </message>
</context>
<context>
    <name>sightline::ui::JudgmentDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentdialog.cpp" line="25"/>
        <source>New judgment</source>
        <translation>새 판단</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentdialog.cpp" line="25"/>
        <source>Edit judgment</source>
        <translation>판단 편집</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentdialog.cpp" line="41"/>
        <source>2023-09/2024-12, 2023-10-05, ../2024-12-23</source>
        <translation>2023-09/2024-12, 2023-10-05, ../2024-12-23</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentdialog.cpp" line="66"/>
        <source>&amp;Statement:</source>
        <translation>진술(&amp;S):</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentdialog.cpp" line="67"/>
        <source>&amp;Likelihood:</source>
        <translation>가능성(&amp;L):</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentdialog.cpp" line="68"/>
        <source>&amp;Confidence:</source>
        <translation>확신도(&amp;C):</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentdialog.cpp" line="69"/>
        <source>&amp;Period:</source>
        <translation>기간(&amp;P):</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentdialog.cpp" line="73"/>
        <source>&amp;Author:</source>
        <translation>작성자(&amp;A):</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentdialog.cpp" line="74"/>
        <source>S&amp;tatus:</source>
        <translation>상태(&amp;T):</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentdialog.cpp" line="75"/>
        <source>&amp;Notes:</source>
        <translation>메모(&amp;N):</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentdialog.cpp" line="76"/>
        <source>Rests on &amp;claims:</source>
        <translation>근거 주장(&amp;C):</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentdialog.cpp" line="92"/>
        <source>not a time</source>
        <translation>시간 형식이 아님</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentdialog.cpp" line="93"/>
        <source>Not a time: write 2023-10-05, 2023-09, 2023-09-07/2023-10-01 or ../2024-12-23</source>
        <translation>시간 형식이 아닙니다: 2023-10-05, 2023-09, 2023-09-07/2023-10-01 또는 ../2024-12-23 형식으로 쓰십시오</translation>
    </message>
</context>
<context>
    <name>sightline::ui::JudgmentPanel</name>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentpanel.cpp" line="20"/>
        <source>&amp;Add…</source>
        <translation>추가(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentpanel.cpp" line="20"/>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentpanel.cpp" line="21"/>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentpanel.cpp" line="130"/>
        <source>Add judgment</source>
        <translation>판단 추가</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentpanel.cpp" line="130"/>
        <source>Edit judgment</source>
        <translation>판단 편집</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentpanel.cpp" line="145"/>
        <source>Delete judgment &quot;%1&quot;</source>
        <translation>판단 “%1” 삭제</translation>
    </message>
</context>
<context>
    <name>sightline::ui::JudgmentTableModel</name>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmenttablemodel.cpp" line="65"/>
        <source>! needs review</source>
        <translation>! 검토 필요</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmenttablemodel.cpp" line="73"/>
        <source>ICD 203: &quot;%1&quot; (also &quot;%2&quot;) means %3</source>
        <translation>ICD 203: “%1”(또는 “%2”)은(는) %3을(를) 뜻합니다</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmenttablemodel.cpp" line="88"/>
        <source>Judgment</source>
        <translation>판단</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmenttablemodel.cpp" line="89"/>
        <source>Likelihood</source>
        <translation>가능성</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmenttablemodel.cpp" line="90"/>
        <source>Confidence</source>
        <translation>확신도</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmenttablemodel.cpp" line="91"/>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmenttablemodel.cpp" line="92"/>
        <source>Rests on</source>
        <translation>근거</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmenttablemodel.cpp" line="93"/>
        <source>Review</source>
        <translation>검토</translation>
    </message>
</context>
<context>
    <name>sightline::ui::LayerPanel</name>
    <message>
        <location filename="../libs/ui/sightline/ui/layerpanel.cpp" line="27"/>
        <source>Opacity of the selected layer</source>
        <translation>선택한 레이어의 불투명도</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/layerpanel.cpp" line="29"/>
        <source>Up</source>
        <translation>위로</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/layerpanel.cpp" line="30"/>
        <source>Draw the selected layer higher</source>
        <translation>선택한 레이어를 위쪽에 그립니다</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/layerpanel.cpp" line="32"/>
        <source>Down</source>
        <translation>아래로</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/layerpanel.cpp" line="33"/>
        <source>Draw the selected layer lower</source>
        <translation>선택한 레이어를 아래쪽에 그립니다</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/layerpanel.cpp" line="35"/>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/layerpanel.cpp" line="36"/>
        <source>Remove the selected reference layer</source>
        <translation>선택한 참조 레이어 제거</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/layerpanel.cpp" line="38"/>
        <source>Zoom</source>
        <translation>확대</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/layerpanel.cpp" line="39"/>
        <source>Zoom to the selected layer</source>
        <translation>선택한 레이어로 확대</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/layerpanel.cpp" line="48"/>
        <source>Opacity</source>
        <translation>불투명도</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/layerpanel.cpp" line="136"/>
        <source>Which source this layer draws</source>
        <translation>이 레이어가 그리는 소스</translation>
    </message>
</context>
<context>
    <name>sightline::ui::LinkDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="60"/>
        <source>&lt;i&gt;No claim chosen&lt;/i&gt;</source>
        <translation>&lt;i&gt;선택한 주장 없음&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="76"/>
        <source>&amp;Swap direction</source>
        <translation>방향 바꾸기(&amp;S)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="77"/>
        <source>&amp;Remove link</source>
        <translation>연결 제거(&amp;R)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="101"/>
        <source>(choose a claim)</source>
        <translation>(주장 선택)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="120"/>
        <source>Which claim supports, or depends on, the other</source>
        <translation>어느 주장이 다른 주장을 뒷받침하거나 그에 의존하는지</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="123"/>
        <source>Why they are linked: what agrees, what does not</source>
        <translation>연결한 이유: 일치하는 점과 일치하지 않는 점</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="126"/>
        <source>Claim 1</source>
        <translation>주장 1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="128"/>
        <source>Claim 2</source>
        <translation>주장 2</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="133"/>
        <source>R&amp;elation:</source>
        <translation>관계(&amp;E):</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="142"/>
        <source>&amp;Note:</source>
        <translation>메모(&amp;N):</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="208"/>
        <source>Edit link between claims</source>
        <translation>주장 간 연결 편집</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="208"/>
        <source>Link claims</source>
        <translation>주장 연결</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="218"/>
        <source>Claim 2 %1 claim 1.</source>
        <translation>주장 2 → 주장 1: %1.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="219"/>
        <source>Claim 1 %1 claim 2.</source>
        <translation>주장 1 → 주장 2: %1.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="228"/>
        <source>A claim cannot be linked to itself</source>
        <translation>주장을 자기 자신과 연결할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="246"/>
        <source>Remove link: %1</source>
        <translation>연결 제거: %1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="253"/>
        <source>Edit link: %1</source>
        <translation>연결 편집: %1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="254"/>
        <source>Link claims: %1</source>
        <translation>주장 연결: %1</translation>
    </message>
</context>
<context>
    <name>sightline::ui::MeasureTool</name>
    <message>
        <location filename="../libs/ui/sightline/ui/measuretool.cpp" line="133"/>
        <source>Click to start measuring; right click or double click ends</source>
        <translation>클릭하여 측정을 시작합니다. 오른쪽 클릭 또는 두 번 클릭하면 끝납니다</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/measuretool.cpp" line="136"/>
        <source>%1 ft · %2 mi · %3 nmi</source>
        <translation>%1 ft · %2 mi · %3 해리</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/measuretool.cpp" line="140"/>
        <source>%1 m · %2 km · %3 nmi</source>
        <translation>%1 m · %2 km · %3 해리</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/measuretool.cpp" line="147"/>
        <source>area %1 mi² (%2 acres), perimeter </source>
        <translation>면적 %1 mi² (%2에이커), 둘레 </translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/measuretool.cpp" line="152"/>
        <source>area %1 km² (%2 ha), perimeter </source>
        <translation>면적 %1 km² (%2 ha), 둘레 </translation>
    </message>
</context>
<context>
    <name>sightline::ui::MergeConflictDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="24"/>
        <source>(none: deleted or not set)</source>
        <translation>(없음: 삭제되었거나 설정되지 않음)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="27"/>
        <source>(a geometry)</source>
        <translation>(도형)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="41"/>
        <source>by %1, %2</source>
        <translation>작성자: %1, %2</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="50"/>
        <source>Merge conflicts</source>
        <translation>병합 충돌</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="68"/>
        <source>Keep &amp;mine</source>
        <translation>내 버전 유지(&amp;M)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="70"/>
        <source>Keep &amp;theirs</source>
        <translation>상대 버전 유지(&amp;T)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="72"/>
        <source>&amp;Use this value</source>
        <translation>이 값 사용(&amp;U)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="76"/>
        <source>Conflict:</source>
        <translation>충돌:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="77"/>
        <source>Ancestor:</source>
        <translation>공통 조상:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="78"/>
        <source>Mine:</source>
        <translation>내 버전:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="79"/>
        <source>Theirs:</source>
        <translation>상대 버전:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="80"/>
        <source>Edited:</source>
        <translation>편집한 값:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="138"/>
        <source>No unresolved conflicts.</source>
        <translation>해결되지 않은 충돌이 없습니다.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="169"/>
        <source>Keep mine in a merge conflict</source>
        <translation>병합 충돌에서 내 버전 유지</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="174"/>
        <source>Keep theirs in a merge conflict</source>
        <translation>병합 충돌에서 상대 버전 유지</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="186"/>
        <source>Not a value: type a number, true, false or null.</source>
        <translation>값이 아닙니다. 숫자, true, false 또는 null을 입력하십시오.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="191"/>
        <source>Edit a merge conflict&apos;s value</source>
        <translation>병합 충돌의 값 편집</translation>
    </message>
</context>
<context>
    <name>sightline::ui::NewProjectDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/newprojectdialog.cpp" line="18"/>
        <location filename="../libs/ui/sightline/ui/newprojectdialog.cpp" line="83"/>
        <source>New project</source>
        <translation>새 프로젝트</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/newprojectdialog.cpp" line="21"/>
        <source>Where the project file goes (.gpkg)</source>
        <translation>프로젝트 파일을 둘 위치 (.gpkg)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/newprojectdialog.cpp" line="23"/>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/newprojectdialog.cpp" line="27"/>
        <source>&amp;File:</source>
        <translation>파일(&amp;F):</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/newprojectdialog.cpp" line="29"/>
        <source>The file&apos;s name</source>
        <translation>파일 이름</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/newprojectdialog.cpp" line="30"/>
        <source>&amp;Title:</source>
        <translation>제목(&amp;T):</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/newprojectdialog.cpp" line="34"/>
        <source>&amp;Grading:</source>
        <translation>등급 체계(&amp;G):</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/newprojectdialog.cpp" line="36"/>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/newprojectdialog.cpp" line="39"/>
        <source>&amp;Marking:</source>
        <translation>취급 표시(&amp;M):</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/newprojectdialog.cpp" line="47"/>
        <source>Create</source>
        <translation>만들기</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/newprojectdialog.cpp" line="84"/>
        <source>Sightline projects (*.gpkg)</source>
        <translation>Sightline 프로젝트 (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/newprojectdialog.cpp" line="95"/>
        <source>%1 already exists; a new project is never written over a file.</source>
        <translation>%1이(가) 이미 있습니다. 새 프로젝트는 기존 파일을 덮어쓰지 않습니다.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/newprojectdialog.cpp" line="99"/>
        <source>No handling marking: briefs and exports carry none.</source>
        <translation>취급 표시 없음: 브리핑과 내보낸 파일에 표시가 붙지 않습니다.</translation>
    </message>
</context>
<context>
    <name>sightline::ui::ObjectKindForm</name>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="40"/>
        <source>Edit object kind</source>
        <translation>객체 종류 편집</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="40"/>
        <source>Add object kind</source>
        <translation>객체 종류 추가</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="43"/>
        <source>Fuel wagon</source>
        <translation>유조차</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="46"/>
        <source>How files and the command line name the kind: lower-case words joined by underscores</source>
        <translation>파일과 명령줄에서 이 종류를 가리키는 이름: 밑줄로 이은 소문자 단어</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="52"/>
        <source>&amp;Name</source>
        <translation>이름(&amp;N)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="53"/>
        <source>&amp;Key</source>
        <translation>키(&amp;K)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="55"/>
        <source>&amp;Colour</source>
        <translation>색상(&amp;C)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="73"/>
        <source>Colour of the kind</source>
        <translation>종류의 색상</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="98"/>
        <source>The kind needs a name.</source>
        <translation>종류에 이름이 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="100"/>
        <source>The key is not sound: use lower-case words joined by underscores, such as “fuel_wagon”.</source>
        <translation>키가 올바르지 않습니다. “fuel_wagon”처럼 밑줄로 이은 소문자 단어를 쓰십시오.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="102"/>
        <source>“%1” is a built-in kind.</source>
        <translation>“%1”은(는) 기본 제공 종류입니다.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="102"/>
        <source>The project has a kind “%1”.</source>
        <translation>프로젝트에 이미 “%1” 종류가 있습니다.</translation>
    </message>
</context>
<context>
    <name>sightline::ui::ObjectKindsDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="111"/>
        <source>Object kinds</source>
        <translation>객체 종류</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="113"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="113"/>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="113"/>
        <source>From</source>
        <translation>구분</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="113"/>
        <source>Annotations</source>
        <translation>주석</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="121"/>
        <source>&amp;Add kind…</source>
        <translation>종류 추가(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="122"/>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="130"/>
        <source>Built-in kinds are shared by every project; kinds of this project&apos;s own can be added, renamed and recoloured.</source>
        <translation>기본 제공 종류는 모든 프로젝트가 함께 씁니다. 이 프로젝트만의 종류는 추가하고, 이름을 바꾸고, 색을 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="169"/>
        <source>built in</source>
        <translation>기본 제공</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="169"/>
        <source>this project</source>
        <translation>이 프로젝트</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="187"/>
        <source>Edit kind %1</source>
        <translation>종류 %1 편집</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="187"/>
        <source>Add kind %1</source>
        <translation>종류 %1 추가</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="189"/>
        <source>Cannot save the kind</source>
        <translation>종류를 저장할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>sightline::ui::OfflineAreaDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/offlineareadialog.cpp" line="23"/>
        <source>Make this area available offline</source>
        <translation>이 지역 오프라인 저장</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/offlineareadialog.cpp" line="31"/>
        <source>Service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/offlineareadialog.cpp" line="32"/>
        <source>Area</source>
        <translation>지역</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/offlineareadialog.cpp" line="38"/>
        <source>From zoom</source>
        <translation>최소 줌 레벨</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/offlineareadialog.cpp" line="39"/>
        <source>To zoom</source>
        <translation>최대 줌 레벨</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/offlineareadialog.cpp" line="43"/>
        <source>Download</source>
        <translation>다운로드</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/offlineareadialog.cpp" line="65"/>
        <source>%1 tiles: more than the %2 a download may ask of a service. Choose fewer zoom levels or a smaller area.</source>
        <translation>타일 %1개: 한 번의 다운로드로 서비스에 요청할 수 있는 %2개를 넘습니다. 줌 레벨 수를 줄이거나 더 작은 지역을 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/offlineareadialog.cpp" line="69"/>
        <source>%1 tiles, at most %2 a second.</source>
        <translation>타일 %1개, 초당 최대 %2개.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/offlineareadialog.cpp" line="100"/>
        <source>Cancelled after %1 tiles.</source>
        <translation>타일 %1개를 받은 뒤 취소했습니다.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/offlineareadialog.cpp" line="101"/>
        <source>%1 tiles kept for offline use.</source>
        <translation>오프라인 사용을 위해 타일 %1개를 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/offlineareadialog.cpp" line="107"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>sightline::ui::OverviewBar</name>
    <message>
        <location filename="../libs/ui/sightline/ui/overviewbar.cpp" line="15"/>
        <source>Build overviews</source>
        <translation>피라미드 생성</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/overviewbar.cpp" line="15"/>
        <source>Not now</source>
        <translation>나중에</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/overviewbar.cpp" line="16"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/overviewbar.cpp" line="81"/>
        <source>%1 has no overviews: it draws slowly when zoomed out</source>
        <translation>%1에 피라미드가 없습니다: 축소하면 느리게 그려집니다</translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/ui/sightline/ui/overviewbar.cpp" line="82"/>
        <source>%n image(s) have no overviews: they draw slowly when zoomed out</source>
        <translation>
            <numerusform>영상 %n개에 피라미드가 없습니다: 축소하면 느리게 그려집니다</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/overviewbar.cpp" line="130"/>
        <source>Building overviews of %1 (%2 of %3)</source>
        <translation>%1 피라미드 생성 중 (%3개 중 %2번째)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/overviewbar.cpp" line="131"/>
        <source>Building overviews of %1</source>
        <translation>%1 피라미드 생성 중</translation>
    </message>
</context>
<context>
    <name>sightline::ui::PathAnnotationTool</name>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationtool.cpp" line="318"/>
        <source>Click the outline&apos;s corners around %1; double-click or Enter ends it</source>
        <translation>%1 주위 윤곽의 꼭짓점을 클릭하십시오. 두 번 클릭하거나 Enter를 누르면 끝납니다</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationtool.cpp" line="320"/>
        <source>Click the line&apos;s points; double-click or Enter ends it</source>
        <translation>선의 점들을 클릭하십시오. 두 번 클릭하거나 Enter를 누르면 끝납니다</translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/ui/sightline/ui/annotationtool.cpp" line="321"/>
        <source>%n point(s); double-click or Enter ends, Backspace takes the last back, Escape drops it</source>
        <translation>
            <numerusform>점 %n개. 두 번 클릭 또는 Enter로 끝내고, Backspace로 마지막 점을 되돌리고, Esc로 취소합니다</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sightline::ui::PointAnnotationTool</name>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationtool.cpp" line="112"/>
        <source>Counting (%1): click each one; Backspace takes the last back</source>
        <extracomment>%1: the kind being counted, &quot;railcar&quot;</extracomment>
        <translation>개수 세기 (%1): 하나씩 클릭하십시오. Backspace로 마지막 점을 되돌립니다</translation>
    </message>
</context>
<context>
    <name>sightline::ui::Preferences</name>
    <message>
        <location filename="../libs/ui/sightline/ui/preferences.cpp" line="37"/>
        <source>The settings file %1 could not be read, so Sightline starts with its default settings. The unreadable file is kept as %2.</source>
        <translation>설정 파일 %1을(를) 읽을 수 없어 Sightline을 기본 설정으로 시작합니다. 읽을 수 없는 파일은 %2(으)로 보관했습니다.</translation>
    </message>
</context>
<context>
    <name>sightline::ui::PreferencesDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="20"/>
        <source>Preferences</source>
        <translation>환경 설정</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="24"/>
        <source>Written as the author of every record and custody entry you make.</source>
        <translation>직접 만드는 모든 기록과 보관 이력 항목에 작성자로 남습니다.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="25"/>
        <source>&amp;Analyst&apos;s name:</source>
        <translation>분석관 이름(&amp;A):</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="28"/>
        <source>The map&apos;s CRS when a project opens: EPSG:3857, EPSG:4326, EPSG:32652, ...</source>
        <translation>프로젝트를 열 때 지도 좌표계: EPSG:3857, EPSG:4326, EPSG:32652, ...</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="29"/>
        <source>Default &amp;CRS:</source>
        <translation>기본 좌표계(&amp;C):</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="35"/>
        <source>Decimal degrees (42.42170, 130.60260)</source>
        <translation>십진 도 (42.42170, 130.60260)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="36"/>
        <source>Degrees, minutes, seconds (42°25′18.1″N)</source>
        <translation>도, 분, 초 (42°25′18.1″N)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="37"/>
        <source>MGRS (52TGN 08553 96738)</source>
        <translation>MGRS (52TGN 08553 96738)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="39"/>
        <source>C&amp;oordinates:</source>
        <translation>좌표(&amp;O):</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="42"/>
        <source>Metric (m, km)</source>
        <translation>미터법 (m, km)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="43"/>
        <source>Imperial (ft, mi)</source>
        <translation>야드파운드법 (ft, mi)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="45"/>
        <source>&amp;Units:</source>
        <translation>단위(&amp;U):</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="49"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="51"/>
        <source>&amp;Tile cache:</source>
        <translation>타일 캐시(&amp;T):</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="53"/>
        <source>Fetch basemap tiles from the &amp;network</source>
        <translation>네트워크에서 배경 지도 타일 가져오기(&amp;N)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="58"/>
        <source>The system&apos;s language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="62"/>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="68"/>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="72"/>
        <source>New projects&apos; &amp;marking:</source>
        <translation>새 프로젝트의 취급 표시(&amp;M):</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="112"/>
        <source>The language changes when Sightline starts again.</source>
        <translation>언어는 Sightline을 다시 시작하면 바뀝니다.</translation>
    </message>
</context>
<context>
    <name>sightline::ui::ReviewView</name>
    <message>
        <location filename="../libs/ui/sightline/ui/reviewview.cpp" line="29"/>
        <location filename="../libs/ui/sightline/ui/reviewview.cpp" line="146"/>
        <source>Mark reviewed</source>
        <translation>검토 완료로 표시</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/reviewview.cpp" line="32"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/reviewview.cpp" line="32"/>
        <source>Record</source>
        <translation>기록</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/reviewview.cpp" line="32"/>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/reviewview.cpp" line="32"/>
        <source>Raised</source>
        <translation>제기 시각</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/reviewview.cpp" line="42"/>
        <source>Note (optional)</source>
        <translation>메모 (선택 사항)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/reviewview.cpp" line="148"/>
        <source>Could not mark the record reviewed: %1</source>
        <translation>기록을 검토 완료로 표시하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>sightline::ui::SceneChoice</name>
    <message>
        <location filename="../libs/core/sightline/core/scene.cpp" line="124"/>
        <source>undated</source>
        <translation>날짜 없음</translation>
    </message>
</context>
<context>
    <name>sightline::ui::SceneDetailsDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="43"/>
        <source>Maxar, Airbus, Planet …</source>
        <translation>Maxar, Airbus, Planet …</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="44"/>
        <source>2023-10-05T02:14Z</source>
        <translation>2023-10-05T02:14Z</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="45"/>
        <source>empty for an instant</source>
        <translation>한 시점이면 비워 둠</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="46"/>
        <source>WorldView-3, Pléiades Neo …</source>
        <translation>WorldView-3, Pléiades Neo …</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="47"/>
        <source>degrees, 0–90</source>
        <translation>도, 0–90</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="48"/>
        <source>per cent, 0–100</source>
        <translation>퍼센트, 0–100</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="51"/>
        <source>Details of %1</source>
        <translation>%1 세부 정보</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="63"/>
        <source>A time, a day, a month or a year (2023-10-05T02:14Z, 2023-10-05, 2023-10); &quot;..&quot; for an open start</source>
        <translation>시각, 일, 월 또는 연도 (2023-10-05T02:14Z, 2023-10-05, 2023-10). 시작이 열려 있으면 &quot;..&quot;</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="65"/>
        <source>The end of the range the provider gives; empty for one instant, &quot;..&quot; for an open end</source>
        <translation>공급자가 제시한 기간의 끝. 한 시점이면 비워 두고, 끝이 열려 있으면 &quot;..&quot;</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="77"/>
        <source>Provider</source>
        <translation>공급자</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="78"/>
        <source>Provider&apos;s scene id</source>
        <translation>공급자의 영상 ID</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="79"/>
        <source>Acquired (start or instant)</source>
        <translation>촬영 (시작 또는 시점)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="80"/>
        <source>Acquired until (end of range)</source>
        <translation>촬영 종료 (기간의 끝)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="81"/>
        <source>Sensor</source>
        <translation>센서</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="82"/>
        <source>Off-nadir angle (°)</source>
        <translation>오프나디르 각 (°)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="83"/>
        <source>Cloud cover (%)</source>
        <translation>운량 (%)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="84"/>
        <source>Licence</source>
        <translation>라이선스</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="85"/>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="123"/>
        <source>Give the start, or &quot;..&quot; when only the end is known</source>
        <translation>시작을 입력하거나, 끝만 알면 &quot;..&quot;을 입력하십시오</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="130"/>
        <source>The end of the range must come after its start</source>
        <translation>기간의 끝은 시작보다 뒤여야 합니다</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="136"/>
        <source>Not a time: %1</source>
        <translation>시간 형식이 아닙니다: %1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="160"/>
        <source>An angle from 0 to 90 degrees, or empty when unknown</source>
        <translation>0~90도의 각도. 모르면 비워 둡니다</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="162"/>
        <source>A percentage from 0 to 100, or empty when unknown</source>
        <translation>0~100의 백분율. 모르면 비워 둡니다</translation>
    </message>
</context>
<context>
    <name>sightline::ui::SceneDisplayDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedisplaydialog.cpp" line="42"/>
        <source>Display of %1</source>
        <translation>%1 표시 설정</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedisplaydialog.cpp" line="46"/>
        <source>from the file</source>
        <translation>파일 설정</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedisplaydialog.cpp" line="50"/>
        <source>Automatic (8-bit as it is, others 2–98 %)</source>
        <translation>자동 (8비트는 그대로, 나머지는 2–98 %)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedisplaydialog.cpp" line="51"/>
        <source>None (the pixel type&apos;s range)</source>
        <translation>없음 (픽셀 형식의 범위)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedisplaydialog.cpp" line="52"/>
        <source>Darkest to brightest value</source>
        <translation>가장 어두운 값에서 가장 밝은 값까지</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedisplaydialog.cpp" line="53"/>
        <source>Percentiles</source>
        <translation>백분위수</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedisplaydialog.cpp" line="54"/>
        <source>Fixed values</source>
        <translation>고정값</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedisplaydialog.cpp" line="58"/>
        <source>Bands (red, green, blue)</source>
        <translation>밴드 (빨강, 초록, 파랑)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedisplaydialog.cpp" line="59"/>
        <source>Stretch</source>
        <translation>스트레치</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedisplaydialog.cpp" line="60"/>
        <source>Percentiles (low, high)</source>
        <translation>백분위수 (하한, 상한)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedisplaydialog.cpp" line="61"/>
        <source>Lowest values (red, green, blue)</source>
        <translation>최솟값 (빨강, 초록, 파랑)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedisplaydialog.cpp" line="62"/>
        <source>Highest values (red, green, blue)</source>
        <translation>최댓값 (빨강, 초록, 파랑)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedisplaydialog.cpp" line="63"/>
        <source>Gamma</source>
        <translation>감마</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedisplaydialog.cpp" line="64"/>
        <source>Brightness</source>
        <translation>밝기</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedisplaydialog.cpp" line="65"/>
        <source>Contrast</source>
        <translation>대비</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedisplaydialog.cpp" line="66"/>
        <source>Opacity</source>
        <translation>불투명도</translation>
    </message>
</context>
<context>
    <name>sightline::ui::SearchPanel</name>
    <message>
        <location filename="../libs/ui/sightline/ui/searchpanel.cpp" line="26"/>
        <source>Search sources, claims, sites, events, captures</source>
        <translation>출처, 주장, 장소, 사건, 보존본 검색</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/searchpanel.cpp" line="29"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/searchpanel.cpp" line="29"/>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/searchpanel.cpp" line="29"/>
        <source>Match</source>
        <translation>일치 내용</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/searchpanel.cpp" line="72"/>
        <source>Cannot search for this: %1</source>
        <translation>이 내용은 검색할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/searchpanel.cpp" line="80"/>
        <source>%1 (captured text)</source>
        <translation>%1 (보존본 텍스트)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/searchpanel.cpp" line="87"/>
        <source>Nothing found.</source>
        <translation>찾은 결과가 없습니다.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/searchpanel.cpp" line="88"/>
        <source>The first %1 hits.</source>
        <translation>처음 %1건의 결과.</translation>
    </message>
</context>
<context>
    <name>sightline::ui::SelectAnnotationsTool</name>
    <message numerus="yes">
        <location filename="../libs/ui/sightline/ui/selectannotationstool.cpp" line="259"/>
        <source>Move %n annotation(s)</source>
        <translation>
            <numerusform>주석 %n개 이동</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/selectannotationstool.cpp" line="339"/>
        <source>Click an annotation to select it, or drag a band around several (Shift adds)</source>
        <translation>주석을 클릭해 선택하거나, 여러 개를 틀로 둘러쌉니다 (Shift로 추가)</translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/ui/sightline/ui/selectannotationstool.cpp" line="340"/>
        <source>%n annotation(s) selected: drag to move, drag a corner to reshape or the round handle to turn, double-click for details, Delete removes</source>
        <translation>
            <numerusform>주석 %n개 선택됨: 끌어서 이동, 모서리를 끌어서 모양 변경, 둥근 핸들을 끌어서 회전, 두 번 클릭하여 세부 정보, Delete로 삭제</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sightline::ui::SeriesView</name>
    <message>
        <location filename="../libs/ui/sightline/ui/seriesview.cpp" line="27"/>
        <source>Site:</source>
        <translation>장소:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/seriesview.cpp" line="29"/>
        <source>Kind:</source>
        <translation>종류:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/seriesview.cpp" line="31"/>
        <source>Baseline to:</source>
        <translation>기준 기간 끝:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/seriesview.cpp" line="33"/>
        <source>date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/seriesview.cpp" line="34"/>
        <source>The values from the series&apos; start to this date make the baseline (median and maximum); newer values above its maximum are flagged.</source>
        <translation>시계열 시작부터 이 날짜까지의 값이 기준 기간(중앙값과 최댓값)이 됩니다. 그 이후 최댓값을 넘는 값은 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/seriesview.cpp" line="132"/>
        <source>Baseline to &quot;%1&quot; is not a date (%2)</source>
        <translation>기준 기간 끝 “%1”은(는) 날짜가 아닙니다 (%2)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/seriesview.cpp" line="136"/>
        <source>%1 at %2</source>
        <translation>%2의 %1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/seriesview.cpp" line="177"/>
        <source>No counts or reported figures of this kind at this site yet: count on a scene, or record a claim&apos;s figure as an observation</source>
        <translation>이 장소에는 아직 이 종류의 계수나 보고된 수치가 없습니다: 영상에서 세거나, 주장의 수치를 관측으로 기록하십시오</translation>
    </message>
</context>
<context>
    <name>sightline::ui::ShortcutsDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/shortcutsdialog.cpp" line="41"/>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/shortcutsdialog.cpp" line="44"/>
        <source>Shortcut</source>
        <translation>단축키</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/shortcutsdialog.cpp" line="44"/>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/shortcutsdialog.cpp" line="44"/>
        <source>Menu</source>
        <translation>메뉴</translation>
    </message>
</context>
<context>
    <name>sightline::ui::SiteDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/sitedialog.cpp" line="21"/>
        <source>New site</source>
        <translation>새 장소</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitedialog.cpp" line="21"/>
        <source>Edit site</source>
        <translation>장소 편집</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitedialog.cpp" line="27"/>
        <source>ISO code, e.g. KP</source>
        <translation>ISO 코드, 예: KP</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitedialog.cpp" line="34"/>
        <source>Where the position comes from, and how precise it is</source>
        <translation>위치의 출처와 정확도</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitedialog.cpp" line="36"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitedialog.cpp" line="37"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitedialog.cpp" line="38"/>
        <source>Aliases</source>
        <translation>다른 이름</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitedialog.cpp" line="39"/>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitedialog.cpp" line="40"/>
        <source>Latitude</source>
        <translation>위도</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitedialog.cpp" line="41"/>
        <source>Longitude</source>
        <translation>경도</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitedialog.cpp" line="42"/>
        <source>Position source</source>
        <translation>위치 출처</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitedialog.cpp" line="54"/>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
</context>
<context>
    <name>sightline::ui::SiteEditor</name>
    <message>
        <location filename="../libs/ui/sightline/ui/siteeditor.cpp" line="27"/>
        <source>Cannot make this change</source>
        <translation>이 변경을 적용할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/siteeditor.cpp" line="39"/>
        <source>placed on the map by %1</source>
        <translation>%1이(가) 지도에 표시</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/siteeditor.cpp" line="44"/>
        <source>Add site %1</source>
        <translation>장소 %1 추가</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/siteeditor.cpp" line="55"/>
        <source>Edit site %1</source>
        <translation>장소 %1 편집</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/siteeditor.cpp" line="64"/>
        <source>Move site %1</source>
        <translation>장소 %1 이동</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/siteeditor.cpp" line="74"/>
        <source>Delete site %1</source>
        <translation>장소 %1 삭제</translation>
    </message>
</context>
<context>
    <name>sightline::ui::SitePanel</name>
    <message>
        <location filename="../libs/ui/sightline/ui/sitepanel.cpp" line="23"/>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitepanel.cpp" line="24"/>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitepanel.cpp" line="24"/>
        <source>Zoom to</source>
        <translation>확대해 보기</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitepanel.cpp" line="29"/>
        <source>Add…</source>
        <translation>추가…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitepanel.cpp" line="30"/>
        <source>Add a site in the middle of the map (or click on the map with the edit-sites tool)</source>
        <translation>지도 가운데에 장소를 추가합니다 (또는 장소 편집 도구로 지도를 클릭)</translation>
    </message>
</context>
<context>
    <name>sightline::ui::SiteScenesPanel</name>
    <message>
        <location filename="../libs/ui/sightline/ui/sitescenespanel.cpp" line="24"/>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitescenespanel.cpp" line="24"/>
        <source>Provider</source>
        <translation>공급자</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitescenespanel.cpp" line="24"/>
        <source>Resolution</source>
        <translation>해상도</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitescenespanel.cpp" line="24"/>
        <source>Scene</source>
        <translation>영상</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitescenespanel.cpp" line="29"/>
        <source>Double-click a scene to compare it with the one before it</source>
        <translation>영상을 두 번 클릭하면 이전 영상과 비교합니다</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitescenespanel.cpp" line="82"/>
        <source>Select a site to list the scenes that cover it.</source>
        <translation>장소를 선택하면 그곳을 포함하는 영상이 나열됩니다.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitescenespanel.cpp" line="84"/>
        <source>No scene covers %1.</source>
        <translation>%1을(를) 포함하는 영상이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/ui/sightline/ui/sitescenespanel.cpp" line="86"/>
        <source>%n scene(s) cover %1, oldest first:</source>
        <translation>
            <numerusform>%1을(를) 포함하는 영상 %n개, 오래된 순:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitescenespanel.cpp" line="90"/>
        <source>undated</source>
        <translation>날짜 없음</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitescenespanel.cpp" line="91"/>
        <source>%1 local time, zone unknown</source>
        <translation>%1 현지 시간, 시간대 알 수 없음</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitescenespanel.cpp" line="95"/>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
</context>
<context>
    <name>sightline::ui::SourceDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="30"/>
        <source>New source</source>
        <translation>새 출처</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="30"/>
        <source>Edit source</source>
        <translation>출처 편집</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="40"/>
        <source>%1: how reliable the source has been, judged apart from this piece of information</source>
        <translation>%1: 이 정보와 별개로 판단한, 지금까지 이 출처의 신뢰도</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="42"/>
        <source>Separated by semicolons</source>
        <translation>세미콜론으로 구분</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="45"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="54"/>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="55"/>
        <source>Publisher</source>
        <translation>발행처</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="56"/>
        <source>Authors</source>
        <translation>저자</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="57"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="58"/>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="78"/>
        <source>Published</source>
        <translation>발행일</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="59"/>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="78"/>
        <source>Accessed</source>
        <translation>접근일</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="60"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="61"/>
        <source>Reliability</source>
        <translation>신뢰도</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="62"/>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="77"/>
        <source>A source needs a title or a publisher.</source>
        <translation>출처에는 제목이나 발행처가 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="80"/>
        <source>%1: &quot;%2&quot; is not a date (YYYY-MM-DD).</source>
        <translation>%1: “%2”은(는) 날짜가 아닙니다 (YYYY-MM-DD).</translation>
    </message>
</context>
<context>
    <name>sightline::ui::SourcePanel</name>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="44"/>
        <source>Search sources</source>
        <translation>출처 검색</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="78"/>
        <source>Add…</source>
        <translation>추가…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="79"/>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="80"/>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="81"/>
        <source>Attach file…</source>
        <translation>파일 첨부…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="82"/>
        <source>Store a file (PDF, web page, image, any file) in the project as a capture of this source</source>
        <translation>파일(PDF, 웹 페이지, 이미지 등 모든 파일)을 이 출처의 보존본으로 프로젝트에 저장합니다</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="83"/>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="84"/>
        <source>Export capture…</source>
        <translation>보존본 내보내기…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="85"/>
        <source>Write the capture&apos;s stored bytes to a file; the custody log records the export</source>
        <translation>보존본에 저장된 바이트를 파일로 씁니다. 보관 이력에 내보내기가 기록됩니다</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="233"/>
        <source>Captures: choose a source above</source>
        <translation>보존본: 위에서 출처를 선택하십시오</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="242"/>
        <source>(unnamed)</source>
        <translation>(이름 없음)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="245"/>
        <source>captured %1 by %2</source>
        <translation>%1 보존, 보존자: %2</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="249"/>
        <source>Media type: %1
SHA-256: %2
Size: %3 bytes
Original URL: %4</source>
        <translation>미디어 유형: %1
SHA-256: %2
크기: %3바이트
원본 URL: %4</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="252"/>
        <source>not recorded</source>
        <translation>기록되지 않음</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="255"/>
        <source>Captures of %1: %2</source>
        <translation>%1의 보존본: %2</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="267"/>
        <source>Cannot make this change</source>
        <translation>이 변경을 적용할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="284"/>
        <source>Add source %1</source>
        <translation>출처 %1 추가</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="300"/>
        <source>Edit source %1</source>
        <translation>출처 %1 편집</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="318"/>
        <source>“%1” still has %2 claims, %3 captures and %4 links or attributions. Delete or move them first.</source>
        <translation>“%1”에 아직 주장 %2건, 보존본 %3개, 연결 또는 귀속 %4건이 있습니다. 먼저 삭제하거나 옮기십시오.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="331"/>
        <source>Cannot delete source</source>
        <translation>출처를 삭제할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="335"/>
        <source>Delete source %1</source>
        <translation>출처 %1 삭제</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="352"/>
        <source>Attach a capture</source>
        <translation>보존본 첨부</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="353"/>
        <source>Captures (*.pdf *.html *.htm *.txt *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>보존본 (*.pdf *.html *.htm *.txt *.png *.jpg *.jpeg);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="367"/>
        <source>Attach %1</source>
        <translation>%1 첨부</translation>
    </message>
</context>
<context>
    <name>sightline::ui::SourceTableModel</name>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcetablemodel.cpp" line="77"/>
        <source>Grading history:</source>
        <translation>등급 이력:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcetablemodel.cpp" line="79"/>
        <source>%1 on %2 by %3</source>
        <translation>%1, %2, 평가자: %3</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcetablemodel.cpp" line="87"/>
        <source>no changes recorded</source>
        <translation>기록된 변경 없음</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcetablemodel.cpp" line="110"/>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcetablemodel.cpp" line="110"/>
        <source>Reliability</source>
        <translation>신뢰도</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcetablemodel.cpp" line="110"/>
        <source>Publisher</source>
        <translation>발행처</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcetablemodel.cpp" line="111"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcetablemodel.cpp" line="111"/>
        <source>Captures</source>
        <translation>보존본</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcetablemodel.cpp" line="111"/>
        <source>Claims</source>
        <translation>주장</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcetablemodel.cpp" line="112"/>
        <source>Published</source>
        <translation>발행일</translation>
    </message>
</context>
<context>
    <name>sightline::ui::StartPage</name>
    <message>
        <location filename="../libs/ui/sightline/ui/startpage.cpp" line="14"/>
        <source>Open the &amp;demo case</source>
        <translation>데모 사례 열기(&amp;D)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/startpage.cpp" line="14"/>
        <source>&amp;Open a project…</source>
        <translation>프로젝트 열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/startpage.cpp" line="15"/>
        <source>&amp;New project…</source>
        <translation>새 프로젝트(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/startpage.cpp" line="18"/>
        <source>&lt;h1&gt;Sightline&lt;/h1&gt;&lt;p&gt;Open a project to begin, or try the demo case.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Sightline&lt;/h1&gt;&lt;p&gt;프로젝트를 열어 시작하거나 데모 사례를 살펴보십시오.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/startpage.cpp" line="25"/>
        <source>No recent projects.</source>
        <translation>최근 프로젝트가 없습니다.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/startpage.cpp" line="26"/>
        <source>&lt;b&gt;Recent projects&lt;/b&gt;</source>
        <translation>&lt;b&gt;최근 프로젝트&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/startpage.cpp" line="52"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/startpage.cpp" line="53"/>
        <source>%1 — missing (%2)</source>
        <translation>%1 — 찾을 수 없음 (%2)</translation>
    </message>
</context>
<context>
    <name>sightline::ui::TallyPanel</name>
    <message>
        <location filename="../libs/ui/sightline/ui/tallypanel.cpp" line="17"/>
        <source>Object kind</source>
        <translation>객체 종류</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/tallypanel.cpp" line="17"/>
        <source>On the scene</source>
        <translation>영상에서</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/tallypanel.cpp" line="17"/>
        <source>At the site</source>
        <translation>장소에서</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/tallypanel.cpp" line="56"/>
        <source>Count on a scene: select one, or click inside one with the point tool</source>
        <translation>영상에서 세기: 영상을 선택하거나 점 도구로 영상 안을 클릭하십시오</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/tallypanel.cpp" line="57"/>
        <source>Scene %1</source>
        <translation>영상 %1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/tallypanel.cpp" line="58"/>
        <source>Scene %1 at %2</source>
        <translation>%2의 영상 %1</translation>
    </message>
</context>
<context>
    <name>sightline::ui::TimelineView</name>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="72"/>
        <source>Lanes by site</source>
        <translation>장소별 레인</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="73"/>
        <source>Lanes by source</source>
        <translation>출처별 레인</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="74"/>
        <source>Lanes by kind</source>
        <translation>종류별 레인</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="80"/>
        <source>Step: 1 day</source>
        <translation>간격: 1일</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="80"/>
        <source>Step: 1 week</source>
        <translation>간격: 1주</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="81"/>
        <source>Step: 1 month</source>
        <translation>간격: 1개월</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="81"/>
        <source>Step: 1 year</source>
        <translation>간격: 1년</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="87"/>
        <source>Step the time window back (Left)</source>
        <translation>시간 창을 뒤로 이동 (왼쪽 화살표)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="90"/>
        <source>Play or pause: step the window forward (Space)</source>
        <translation>재생 또는 일시 정지: 시간 창을 앞으로 이동 (Space)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="92"/>
        <source>Step the time window forward (Right)</source>
        <translation>시간 창을 앞으로 이동 (오른쪽 화살표)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="96"/>
        <source>From (2023-10-05)</source>
        <translation>시작 (2023-10-05)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="97"/>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="316"/>
        <source>To</source>
        <translation>끝</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="103"/>
        <source>Show all</source>
        <translation>모두 보기</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="106"/>
        <source>All time</source>
        <translation>전체 기간</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="107"/>
        <source>Clear the time window: the map shows everything (Esc)</source>
        <translation>시간 창 해제: 지도에 모두 표시 (Esc)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="111"/>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="112"/>
        <source>Local time (%1)</source>
        <translation>현지 시간 (%1)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="113"/>
        <source>The zone the axis is read in; a date without a time covers its own day in either</source>
        <translation>축을 읽는 시간대. 시각 없는 날짜는 어느 쪽이든 그날 하루 전체를 포함합니다</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="119"/>
        <source>New event…</source>
        <translation>새 사건…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="131"/>
        <source>Window:</source>
        <translation>시간 창:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="316"/>
        <source>From</source>
        <translation>시작</translation>
    </message>
</context>
<context>
    <name>sightline::ui::ZoomBoxTool</name>
    <message>
        <location filename="../libs/ui/sightline/ui/zoomboxtool.cpp" line="59"/>
        <source>Drag a box to zoom to it</source>
        <translation>사각형을 끌어 그 영역으로 확대합니다</translation>
    </message>
</context>
</TS>
