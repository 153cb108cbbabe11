<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AnnotateActions</name>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="38"/>
        <source>&amp;Annotate</source>
        <translation>&amp;Разметка</translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="39"/>
        <source>Annotate</source>
        <translation>Разметка</translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="47"/>
        <source>&amp;Select and move annotations</source>
        <translation>&amp;Выбрать и переместить пометки</translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="48"/>
        <source>&amp;Count: a point a click</source>
        <translation>&amp;Подсчёт: точка за щелчок</translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="49"/>
        <source>&amp;Box</source>
        <translation>&amp;Прямоугольник</translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="50"/>
        <source>&amp;Polygon</source>
        <translation>&amp;Многоугольник</translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="51"/>
        <source>&amp;Line</source>
        <translation>&amp;Линия</translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="52"/>
        <source>Call&amp;out</source>
        <translation>&amp;Выноска</translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="62"/>
        <source>&amp;Copy selected annotations</source>
        <translation>&amp;Копировать выбранные пометки</translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="65"/>
        <source>&amp;Paste annotations onto the selected scene</source>
        <translation>&amp;Вставить пометки на выбранный снимок</translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="72"/>
        <source>&amp;Delete selected annotations</source>
        <translation>&amp;Удалить выбранные пометки</translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="74"/>
        <source>Annotation &amp;details…</source>
        <translation>&amp;Сведения о пометке…</translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="83"/>
        <source>Object &amp;kinds…</source>
        <translation>&amp;Типы объектов…</translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="94"/>
        <source>The object kind new annotations mark</source>
        <translation>Тип объектов, которые отмечают новые пометки</translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="98"/>
        <source>How many objects a new box or polygon holds</source>
        <translation>Сколько объектов охватывает новый прямоугольник или многоугольник</translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="103"/>
        <source>How sure the count or identification is</source>
        <translation>Насколько надёжен подсчёт или опознание</translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="104"/>
        <source> Kind </source>
        <translation> Тип </translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="106"/>
        <source> Count </source>
        <translation> Количество </translation>
    </message>
</context>
<context>
    <name>BasemapActions</name>
    <message>
        <location filename="../app/sightline/basemapactions.cpp" line="58"/>
        <location filename="../app/sightline/basemapactions.cpp" line="100"/>
        <source>Natural Earth (offline)</source>
        <translation>Natural Earth (офлайн)</translation>
    </message>
    <message>
        <location filename="../app/sightline/basemapactions.cpp" line="104"/>
        <source>&amp;Add basemap source…</source>
        <translation>&amp;Добавить источник базовой карты…</translation>
    </message>
    <message>
        <location filename="../app/sightline/basemapactions.cpp" line="106"/>
        <source>&amp;Remove this source</source>
        <translation>&amp;Удалить этот источник</translation>
    </message>
    <message>
        <location filename="../app/sightline/basemapactions.cpp" line="110"/>
        <source>Make this area available &amp;offline…</source>
        <translation>Сделать этот участок доступным &amp;офлайн…</translation>
    </message>
    <message>
        <location filename="../app/sightline/basemapactions.cpp" line="114"/>
        <source>&amp;Clear tile cache (%1 MiB)</source>
        <translation>Очистить &amp;кэш тайлов (%1 МиБ)</translation>
    </message>
    <message>
        <location filename="../app/sightline/basemapactions.cpp" line="129"/>
        <source>Cannot use this basemap</source>
        <translation>Не удаётся использовать эту базовую карту</translation>
    </message>
    <message>
        <location filename="../app/sightline/basemapactions.cpp" line="134"/>
        <source>Show Natural Earth</source>
        <translation>Показать Natural Earth</translation>
    </message>
    <message>
        <location filename="../app/sightline/basemapactions.cpp" line="134"/>
        <source>Show basemap %1</source>
        <translation>Показать базовую карту %1</translation>
    </message>
    <message>
        <location filename="../app/sightline/basemapactions.cpp" line="157"/>
        <source>Add basemap %1</source>
        <translation>Добавить базовую карту %1</translation>
    </message>
    <message>
        <location filename="../app/sightline/basemapactions.cpp" line="168"/>
        <source>Remove basemap %1</source>
        <translation>Удалить базовую карту %1</translation>
    </message>
    <message>
        <location filename="../app/sightline/basemapactions.cpp" line="146"/>
        <location filename="../app/sightline/basemapactions.cpp" line="152"/>
        <source>Cannot add the source</source>
        <translation>Не удаётся добавить источник</translation>
    </message>
    <message>
        <location filename="../app/sightline/basemapactions.cpp" line="147"/>
        <source>A basemap source is already named %1.</source>
        <translation>Источник базовой карты с названием %1 уже есть.</translation>
    </message>
    <message>
        <location filename="../app/sightline/basemapactions.cpp" line="200"/>
        <source>%1 tiles kept for offline use</source>
        <translation>Тайлов сохранено для работы офлайн: %1</translation>
    </message>
    <message>
        <location filename="../app/sightline/basemapactions.cpp" line="210"/>
        <source>Cannot clear the tile cache</source>
        <translation>Не удаётся очистить кэш тайлов</translation>
    </message>
    <message>
        <location filename="../app/sightline/basemapactions.cpp" line="212"/>
        <source>Tile cache cleared</source>
        <translation>Кэш тайлов очищен</translation>
    </message>
</context>
<context>
    <name>CaptureExport</name>
    <message>
        <location filename="../libs/ui/sightline/ui/captureexportdialog.cpp" line="18"/>
        <source>Exported %1 (%2, SHA-256 %3)</source>
        <translation>Экспортировано: %1 (%2, SHA-256 %3)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureexportdialog.cpp" line="34"/>
        <source>Export capture</source>
        <translation>Экспорт архивной копии</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureexportdialog.cpp" line="39"/>
        <source>Cannot export capture</source>
        <translation>Не удаётся экспортировать архивную копию</translation>
    </message>
</context>
<context>
    <name>ClaimWords</name>
    <message>
        <location filename="../libs/present/sightline/present/claimwords.cpp" line="17"/>
        <source>citing %1</source>
        <translation>со ссылкой на %1</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/claimwords.cpp" line="80"/>
        <source>dismissed: linked as not contradicting</source>
        <translation>снято: связаны как непротиворечащие</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/claimwords.cpp" line="81"/>
        <source>dismissed: %1</source>
        <translation>снято: %1</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/claimwords.cpp" line="83"/>
        <source>the figures alone could not both be true</source>
        <translation>одни только цифры не могут быть верны одновременно</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/claimwords.cpp" line="90"/>
        <source>the figures cannot both be true</source>
        <translation>обе цифры не могут быть верны</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/claimwords.cpp" line="92"/>
        <source>linked as contradicting</source>
        <translation>связаны как противоречащие</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="60"/>
        <source>Unreviewed</source>
        <translation>Не проверено</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="61"/>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="62"/>
        <source>Disputed</source>
        <translation>Оспаривается</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="63"/>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="64"/>
        <source>Needs review</source>
        <translation>Требует проверки</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="113"/>
        <source>Links: %1 (%2)</source>
        <translation>Связи: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>CompareActions</name>
    <message>
        <location filename="../app/sightline/compareactions.cpp" line="31"/>
        <source>&amp;Flicker between the selected scene and the one before it</source>
        <translation>&amp;Чередовать выбранный снимок и предыдущий</translation>
    </message>
    <message>
        <location filename="../app/sightline/compareactions.cpp" line="33"/>
        <source>&amp;End flicker</source>
        <translation>&amp;Завершить чередование</translation>
    </message>
    <message>
        <location filename="../app/sightline/compareactions.cpp" line="34"/>
        <source>&amp;Compare side by side…</source>
        <translation>&amp;Сравнить рядом…</translation>
    </message>
    <message>
        <location filename="../app/sightline/compareactions.cpp" line="38"/>
        <source>Scenes of this site</source>
        <translation>Снимки этого места</translation>
    </message>
    <message>
        <location filename="../app/sightline/compareactions.cpp" line="76"/>
        <source>Flicker needs two scenes of one place: select a scene that has an earlier one, or show two scenes</source>
        <translation>Для чередования нужны два снимка одного места: выберите снимок, у которого есть более ранний, или покажите два снимка</translation>
    </message>
    <message>
        <location filename="../app/sightline/compareactions.cpp" line="86"/>
        <source>Flicker: %1 (%2)   F swaps, Shift+F ends</source>
        <translation>Чередование: %1 (%2)   F — сменить, Shift+F — завершить</translation>
    </message>
    <message>
        <location filename="../app/sightline/compareactions.cpp" line="87"/>
        <source>before</source>
        <translation>до</translation>
    </message>
    <message>
        <location filename="../app/sightline/compareactions.cpp" line="87"/>
        <source>after</source>
        <translation>после</translation>
    </message>
    <message>
        <location filename="../app/sightline/compareactions.cpp" line="105"/>
        <source>Compare scenes — Sightline</source>
        <translation>Сравнение снимков — Sightline</translation>
    </message>
</context>
<context>
    <name>CountWords</name>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="39"/>
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n утверждение</numerusform>
            <numerusform>%n утверждения</numerusform>
            <numerusform>%n утверждений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="40"/>
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n группа</numerusform>
            <numerusform>%n группы</numerusform>
            <numerusform>%n групп</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="41"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n противоречие</numerusform>
            <numerusform>%n противоречия</numerusform>
            <numerusform>%n противоречий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="42"/>
        <source>%n judgment(s)</source>
        <translation>
            <numerusform>%n вывод</numerusform>
            <numerusform>%n вывода</numerusform>
            <numerusform>%n выводов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="43"/>
        <source>%n need(s) review</source>
        <translation>
            <numerusform>%n требует проверки</numerusform>
            <numerusform>%n требуют проверки</numerusform>
            <numerusform>%n требуют проверки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="44"/>
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n совпадение</numerusform>
            <numerusform>%n совпадения</numerusform>
            <numerusform>%n совпадений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="45"/>
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n версия</numerusform>
            <numerusform>%n версии</numerusform>
            <numerusform>%n версий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="46"/>
        <source>%n capture(s)</source>
        <translation>
            <numerusform>%n архивная копия</numerusform>
            <numerusform>%n архивные копии</numerusform>
            <numerusform>%n архивных копий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="47"/>
        <source>%n scene(s)</source>
        <translation>
            <numerusform>%n снимок</numerusform>
            <numerusform>%n снимка</numerusform>
            <numerusform>%n снимков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="48"/>
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n место</numerusform>
            <numerusform>%n места</numerusform>
            <numerusform>%n мест</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="49"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n событие</numerusform>
            <numerusform>%n события</numerusform>
            <numerusform>%n событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="50"/>
        <source>%n observation(s)</source>
        <translation>
            <numerusform>%n наблюдение</numerusform>
            <numerusform>%n наблюдения</numerusform>
            <numerusform>%n наблюдений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="51"/>
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n источник</numerusform>
            <numerusform>%n источника</numerusform>
            <numerusform>%n источников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="52"/>
        <source>%n other record(s)</source>
        <translation>
            <numerusform>%n другая запись</numerusform>
            <numerusform>%n другие записи</numerusform>
            <numerusform>%n других записей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Custody</name>
    <message>
        <location filename="../libs/present/sightline/present/custodywords.cpp" line="11"/>
        <source>%1 %2 by %3</source>
        <translation>%1 %2, исполнитель: %3</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/custodywords.cpp" line="20"/>
        <source>Custody: no entries</source>
        <translation>Цепочка хранения: записей нет</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/custodywords.cpp" line="21"/>
        <source>Custody: %1 (%2 in the log)</source>
        <translation>Цепочка хранения: %1 (%2 в журнале)</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <location filename="../app/sightline/editactions.cpp" line="22"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../app/sightline/editactions.cpp" line="23"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../app/sightline/editactions.cpp" line="25"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../app/sightline/editactions.cpp" line="33"/>
        <source>&amp;Delete selected</source>
        <translation>&amp;Удалить выбранное</translation>
    </message>
    <message>
        <location filename="../app/sightline/editactions.cpp" line="39"/>
        <source>&amp;Grading scheme</source>
        <translation>&amp;Схема оценки</translation>
    </message>
    <message>
        <location filename="../app/sightline/editactions.cpp" line="41"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../app/sightline/editactions.cpp" line="53"/>
        <source>Grading scheme: %1</source>
        <translation>Схема оценки: %1</translation>
    </message>
    <message>
        <location filename="../app/sightline/editactions.cpp" line="55"/>
        <source>Grading scheme</source>
        <translation>Схема оценки</translation>
    </message>
</context>
<context>
    <name>EventCommands</name>
    <message>
        <location filename="../libs/edit/sightline/edit/eventcommands.cpp" line="18"/>
        <location filename="../libs/edit/sightline/edit/eventcommands.cpp" line="36"/>
        <source>Edit event %1</source>
        <translation>Изменить событие %1</translation>
    </message>
    <message>
        <location filename="../libs/edit/sightline/edit/eventcommands.cpp" line="19"/>
        <location filename="../libs/edit/sightline/edit/eventcommands.cpp" line="37"/>
        <source>Add event %1</source>
        <translation>Добавить событие %1</translation>
    </message>
    <message>
        <location filename="../libs/edit/sightline/edit/eventcommands.cpp" line="57"/>
        <source>Move event %1</source>
        <translation>Переместить событие %1</translation>
    </message>
</context>
<context>
    <name>EvidenceActions</name>
    <message>
        <location filename="../app/sightline/evidenceactions.cpp" line="22"/>
        <source>Evi&amp;dence</source>
        <translation>&amp;Доказательства</translation>
    </message>
    <message>
        <location filename="../app/sightline/evidenceactions.cpp" line="23"/>
        <source>&amp;Link claims…</source>
        <translation>&amp;Связать утверждения…</translation>
    </message>
    <message>
        <location filename="../app/sightline/evidenceactions.cpp" line="26"/>
        <source>Link the two selected claims, or the selected claim to another one</source>
        <translation>Связать два выбранных утверждения или выбранное утверждение с другим</translation>
    </message>
    <message>
        <location filename="../app/sightline/evidenceactions.cpp" line="29"/>
        <source>&amp;Record as observation</source>
        <translation>Записать как &amp;наблюдение</translation>
    </message>
    <message>
        <location filename="../app/sightline/evidenceactions.cpp" line="44"/>
        <location filename="../app/sightline/evidenceactions.cpp" line="47"/>
        <source>Choose one claim</source>
        <translation>Выберите одно утверждение</translation>
    </message>
    <message>
        <location filename="../app/sightline/evidenceactions.cpp" line="49"/>
        <source>The claim names no site</source>
        <translation>В утверждении не названо ни одного места</translation>
    </message>
    <message>
        <location filename="../app/sightline/evidenceactions.cpp" line="53"/>
        <source>Put the claim&apos;s figure into its site&apos;s count series</source>
        <translation>Добавить цифру утверждения в ряд подсчётов его места</translation>
    </message>
    <message>
        <location filename="../app/sightline/evidenceactions.cpp" line="79"/>
        <location filename="../app/sightline/evidenceactions.cpp" line="87"/>
        <source>Record as observation</source>
        <translation>Записать как наблюдение</translation>
    </message>
    <message>
        <location filename="../app/sightline/evidenceactions.cpp" line="80"/>
        <source>The claim names several sites. Record its figure at:</source>
        <translation>В утверждении названо несколько мест. Записать его цифру для:</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="38"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="39"/>
        <source>&amp;New project…</source>
        <translation>&amp;Новый проект…</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="40"/>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="68"/>
        <source>Open project</source>
        <translation>Открыть проект</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="69"/>
        <location filename="../app/sightline/fileactions.cpp" line="98"/>
        <location filename="../app/sightline/fileactions.cpp" line="116"/>
        <location filename="../app/sightline/fileactions.cpp" line="123"/>
        <source>Sightline projects (*.gpkg)</source>
        <translation>Проекты Sightline (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="41"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Недавние</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="43"/>
        <source>Save a &amp;copy as…</source>
        <translation>Сохранить &amp;копию как…</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="44"/>
        <source>&amp;Merge another copy…</source>
        <translation>О&amp;бъединить с другой копией…</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="45"/>
        <source>Merge co&amp;nflicts…</source>
        <translation>Конф&amp;ликты объединения…</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="46"/>
        <source>Write a &amp;brief…</source>
        <translation>Составить &amp;справку…</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="53"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="54"/>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="55"/>
        <source>Add &amp;vector layer…</source>
        <translation>Добавить &amp;векторный слой…</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="57"/>
        <source>Add vector layer</source>
        <translation>Добавить векторный слой</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="58"/>
        <source>Vector files (*.gpkg *.geojson *.json *.kml *.kmz *.shp *.csv *.gml *.fgb);;All files (*)</source>
        <translation>Векторные файлы (*.gpkg *.geojson *.json *.kml *.kmz *.shp *.csv *.gml *.fgb);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="63"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="86"/>
        <source>Cannot make the project</source>
        <translation>Не удаётся создать проект</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="97"/>
        <source>Save a copy of the project</source>
        <translation>Сохранить копию проекта</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="103"/>
        <source>Saved a copy as %1</source>
        <translation>Копия сохранена как %1</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="105"/>
        <source>Cannot save a copy</source>
        <translation>Не удаётся сохранить копию</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="115"/>
        <source>Merge another copy of this project</source>
        <translation>Объединить с другой копией этого проекта</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="121"/>
        <source>Save the merged project as</source>
        <translation>Сохранить объединённый проект как</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="133"/>
        <source>Cannot merge</source>
        <translation>Не удаётся объединить копии</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sightline/fileactions.cpp" line="137"/>
        <source>Merged into %1: %n conflict(s) to resolve</source>
        <translation>
            <numerusform>Объединено в %1: %n конфликт требует разрешения</numerusform>
            <numerusform>Объединено в %1: %n конфликта требуют разрешения</numerusform>
            <numerusform>Объединено в %1: %n конфликтов требуют разрешения</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="157"/>
        <source>STIX 2.1 bundle (*.json)</source>
        <translation>Пакет STIX 2.1 (*.json)</translation>
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
        <translation>Слои GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="163"/>
        <source>QGIS project and its GeoPackage (*.qgs)</source>
        <translation>Проект QGIS с его GeoPackage (*.qgs)</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="168"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="180"/>
        <location filename="../app/sightline/fileactions.cpp" line="203"/>
        <source>Cannot export</source>
        <translation>Не удаётся экспортировать</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="180"/>
        <source>%1 is the project itself.</source>
        <translation>%1 — это сам проект.</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="185"/>
        <source>Export restricted material?</source>
        <translation>Экспортировать материалы с ограниченным распространением?</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="186"/>
        <source>This project is marked %1: %2

Export it to %3 anyway?</source>
        <translation>Проект имеет маркировку %1: %2

Всё равно экспортировать в %3?</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="201"/>
        <source>Exported to %1 (%2)</source>
        <translation>Экспортировано в %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="211"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="212"/>
        <source>STIX 2.1, GeoJSON, KML, KMZ, CSV (*.json *.stix *.geojson *.kml *.kmz *.csv);;All files (*)</source>
        <translation>STIX 2.1, GeoJSON, KML, KMZ, CSV (*.json *.stix *.geojson *.kml *.kmz *.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="216"/>
        <source>Import %1</source>
        <translation>Импорт %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sightline/fileactions.cpp" line="225"/>
        <source>Imported %1 (%2): %n new record(s)</source>
        <translation>
            <numerusform>Импортирован %1 (%2): %n новая запись</numerusform>
            <numerusform>Импортирован %1 (%2): %n новые записи</numerusform>
            <numerusform>Импортирован %1 (%2): %n новых записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sightline/fileactions.cpp" line="228"/>
        <source>, %n already in the project</source>
        <translation>
            <numerusform>, %n уже есть в проекте</numerusform>
            <numerusform>, %n уже есть в проекте</numerusform>
            <numerusform>, %n уже есть в проекте</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="230"/>
        <source>; not understood: %1</source>
        <translation>; не распознано: %1</translation>
    </message>
</context>
<context>
    <name>GradeWords</name>
    <message>
        <location filename="../libs/present/sightline/present/gradewords.cpp" line="10"/>
        <source>completely reliable</source>
        <translation>полностью надёжный</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/gradewords.cpp" line="10"/>
        <source>usually reliable</source>
        <translation>обычно надёжный</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/gradewords.cpp" line="11"/>
        <source>fairly reliable</source>
        <translation>довольно надёжный</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/gradewords.cpp" line="11"/>
        <source>not usually reliable</source>
        <translation>обычно ненадёжный</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/gradewords.cpp" line="12"/>
        <source>unreliable</source>
        <translation>ненадёжный</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/gradewords.cpp" line="12"/>
        <source>reliability cannot be judged</source>
        <translation>надёжность оценить невозможно</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/gradewords.cpp" line="13"/>
        <source>always reliable</source>
        <translation>всегда надёжный</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/gradewords.cpp" line="13"/>
        <source>mostly reliable</source>
        <translation>в основном надёжный</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/gradewords.cpp" line="14"/>
        <source>sometimes reliable</source>
        <translation>иногда надёжный</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/gradewords.cpp" line="14"/>
        <source>untested source</source>
        <translation>непроверенный источник</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/gradewords.cpp" line="49"/>
        <source>Source %1</source>
        <translation>Источник %1</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/gradewords.cpp" line="50"/>
        <source>Source %1 (%2)</source>
        <translation>Источник %1 (%2)</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/gradewords.cpp" line="53"/>
        <source>information %1</source>
        <translation>информация %1</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/gradewords.cpp" line="54"/>
        <source>information %1 (%2)</source>
        <translation>информация %1 (%2)</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <location filename="../app/sightline/helpactions.cpp" line="14"/>
        <source>&amp;Help</source>
        <translation>По&amp;мощь</translation>
    </message>
    <message>
        <location filename="../app/sightline/helpactions.cpp" line="15"/>
        <source>&amp;Getting started</source>
        <translation>&amp;Начало работы</translation>
    </message>
    <message>
        <location filename="../app/sightline/helpactions.cpp" line="16"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../app/sightline/helpactions.cpp" line="18"/>
        <source>&amp;About Sightline</source>
        <translation>&amp;О программе Sightline</translation>
    </message>
</context>
<context>
    <name>ImageryActions</name>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="29"/>
        <source>&amp;Import images…</source>
        <translation>&amp;Импортировать снимки…</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="30"/>
        <source>&amp;Display of the selected scene…</source>
        <translation>&amp;Отображение выбранного снимка…</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="32"/>
        <source>&amp;Find moved image files…</source>
        <translation>&amp;Найти перемещённые файлы снимков…</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="33"/>
        <source>&amp;Georeference image…</source>
        <translation>&amp;Привязать изображение…</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="36"/>
        <source>&amp;Swipe: the map without imagery left of a line</source>
        <translation>&amp;Шторка: слева от линии карта без снимков</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="47"/>
        <source>Import images</source>
        <translation>Импорт снимков</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="48"/>
        <source>Images (*.tif *.tiff *.jp2 *.ntf *.nitf *.png *.jpg *.jpeg *.vrt *.img);;All files (*)</source>
        <translation>Изображения (*.tif *.tiff *.jp2 *.ntf *.nitf *.png *.jpg *.jpeg *.vrt *.img);;Все файлы (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sightline/imageryactions.cpp" line="65"/>
        <source>Import %n image(s)</source>
        <translation>
            <numerusform>Импортировать %n снимок</numerusform>
            <numerusform>Импортировать %n снимка</numerusform>
            <numerusform>Импортировать %n снимков</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="70"/>
        <source>Import %1</source>
        <translation>Импорт %1</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="73"/>
        <source>Embed %1</source>
        <translation>Встроить %1</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="95"/>
        <source>Select a scene first: click inside its footprint</source>
        <translation>Сначала выберите снимок: щёлкните внутри его контура</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="104"/>
        <source>Display of %1</source>
        <translation>Отображение %1</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="112"/>
        <source>Folder with the moved image files</source>
        <translation>Папка с перемещёнными файлами снимков</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="117"/>
        <source>Find moved image files</source>
        <translation>Поиск перемещённых файлов снимков</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="119"/>
        <source>Find %1</source>
        <translation>Найти %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sightline/imageryactions.cpp" line="121"/>
        <source>Found %n moved image file(s)</source>
        <translation>
            <numerusform>Найден %n перемещённый файл снимка</numerusform>
            <numerusform>Найдено %n перемещённых файла снимков</numerusform>
            <numerusform>Найдено %n перемещённых файлов снимков</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="123"/>
        <source>Cannot search the folder</source>
        <translation>Не удаётся просмотреть папку</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="134"/>
        <source>Georeference image</source>
        <translation>Привязка изображения</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="135"/>
        <source>Images (*.tif *.tiff *.png *.jpg *.jpeg *.gif *.bmp);;All files (*)</source>
        <translation>Изображения (*.tif *.tiff *.png *.jpg *.jpeg *.gif *.bmp);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="141"/>
        <source>Cannot georeference the image</source>
        <translation>Не удаётся привязать изображение</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="147"/>
        <source>Added the georeferenced %1 as a scene</source>
        <translation>Привязанное изображение %1 добавлено как снимок</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="152"/>
        <source>Some images were not imported</source>
        <translation>Некоторые снимки не импортированы</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="156"/>
        <source>Georeference %1…</source>
        <translation>Привязать %1…</translation>
    </message>
</context>
<context>
    <name>JudgmentWords</name>
    <message>
        <location filename="../libs/present/sightline/present/judgmentwords.cpp" line="27"/>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/judgmentwords.cpp" line="36"/>
        <source>no period</source>
        <translation>без периода</translation>
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
        <translation>Настройки сброшены</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="138"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="139"/>
        <source>Claims</source>
        <translation>Утверждения</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="142"/>
        <source>Conflicts</source>
        <translation>Противоречия</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="144"/>
        <source>Needs review</source>
        <translation>Требует проверки</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="146"/>
        <source>Judgments</source>
        <translation>Выводы</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="148"/>
        <source>Sites</source>
        <translation>Места</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="151"/>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="153"/>
        <location filename="../app/sightline/mainwindow.cpp" line="181"/>
        <source>Capture</source>
        <translation>Архивная копия</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="155"/>
        <source>Layers</source>
        <translation>Слои</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="156"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="159"/>
        <source>Tally</source>
        <translation>Подсчёт</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="160"/>
        <source>Series</source>
        <translation>Ряды</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="181"/>
        <source>Capture: %1</source>
        <translation>Архивная копия: %1</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="241"/>
        <source>&amp;Basemap</source>
        <translation>&amp;Базовая карта</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="242"/>
        <source>&amp;Imagery</source>
        <translation>&amp;Снимки</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="274"/>
        <source>Main toolbar</source>
        <translation>Главная панель инструментов</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="333"/>
        <source>Cannot add layer</source>
        <translation>Не удаётся добавить слой</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="414"/>
        <source>Opened read-only: changes cannot be saved</source>
        <translation>Открыто только для чтения: изменения нельзя сохранить</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="424"/>
        <source>%1 (read-only) — Sightline</source>
        <translation>%1 (только чтение) — Sightline</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="425"/>
        <source>%1 — Sightline</source>
        <translation>%1 — Sightline</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="434"/>
        <source>Cannot open project</source>
        <translation>Не удаётся открыть проект</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="445"/>
        <source>Writing the demo project…</source>
        <translation>Запись демонстрационного проекта…</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="453"/>
        <source>Cannot write the demo project: %1</source>
        <translation>Не удаётся записать демонстрационный проект: %1</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="456"/>
        <source>Cannot open the demo</source>
        <translation>Не удаётся открыть демонстрационный проект</translation>
    </message>
</context>
<context>
    <name>MapContextMenu</name>
    <message>
        <location filename="../app/sightline/mapcontextmenu.cpp" line="43"/>
        <source>&amp;Identify</source>
        <translation>&amp;Опознать</translation>
    </message>
    <message>
        <location filename="../app/sightline/mapcontextmenu.cpp" line="44"/>
        <source>&amp;Measure from here</source>
        <translation>&amp;Измерить отсюда</translation>
    </message>
    <message>
        <location filename="../app/sightline/mapcontextmenu.cpp" line="48"/>
        <source>Add &amp;site here…</source>
        <translation>Добавить &amp;место здесь…</translation>
    </message>
    <message>
        <location filename="../app/sightline/mapcontextmenu.cpp" line="56"/>
        <source>Copy as &amp;decimal degrees</source>
        <translation>Копировать в &amp;десятичных градусах</translation>
    </message>
    <message>
        <location filename="../app/sightline/mapcontextmenu.cpp" line="57"/>
        <source>Copy as degrees, minutes, &amp;seconds</source>
        <translation>Копировать в градусах, минутах, &amp;секундах</translation>
    </message>
    <message>
        <location filename="../app/sightline/mapcontextmenu.cpp" line="58"/>
        <source>Copy as M&amp;GRS</source>
        <translation>Копировать как M&amp;GRS</translation>
    </message>
    <message>
        <location filename="../app/sightline/mapcontextmenu.cpp" line="63"/>
        <source>Copied %1</source>
        <translation>Скопировано: %1</translation>
    </message>
</context>
<context>
    <name>ObservationCommands</name>
    <message>
        <location filename="../libs/edit/sightline/edit/observationcommands.cpp" line="16"/>
        <source>the claim has no figure</source>
        <translation>в утверждении нет цифры</translation>
    </message>
    <message>
        <location filename="../libs/edit/sightline/edit/observationcommands.cpp" line="18"/>
        <source>the claim&apos;s figure does not say what it counts</source>
        <translation>цифра в утверждении не говорит, что именно она считает</translation>
    </message>
    <message>
        <location filename="../libs/edit/sightline/edit/observationcommands.cpp" line="20"/>
        <source>an observation is made at a site</source>
        <translation>наблюдение записывается для места</translation>
    </message>
    <message>
        <location filename="../libs/edit/sightline/edit/observationcommands.cpp" line="22"/>
        <source>the claim is not about that site</source>
        <translation>утверждение не относится к этому месту</translation>
    </message>
    <message>
        <location filename="../libs/edit/sightline/edit/observationcommands.cpp" line="38"/>
        <source>Recorded from the claim “%1”</source>
        <translation>Записано из утверждения «%1»</translation>
    </message>
</context>
<context>
    <name>ProjectAccess</name>
    <message>
        <location filename="../app/sightline/projectaccess.cpp" line="31"/>
        <source>someone</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../app/sightline/projectaccess.cpp" line="34"/>
        <source>an unknown time</source>
        <translation>неизвестного времени</translation>
    </message>
    <message>
        <location filename="../app/sightline/projectaccess.cpp" line="35"/>
        <source>%1 (process %2)</source>
        <translation>%1 (процесс %2)</translation>
    </message>
    <message>
        <location filename="../app/sightline/projectaccess.cpp" line="35"/>
        <source>another computer</source>
        <translation>другом компьютере</translation>
    </message>
    <message>
        <location filename="../app/sightline/projectaccess.cpp" line="36"/>
        <source>Project in use</source>
        <translation>Проект используется</translation>
    </message>
    <message>
        <location filename="../app/sightline/projectaccess.cpp" line="37"/>
        <source>%1 has had this project open since %2 on %3.

%4

Open it read-only?</source>
        <translation>Этот проект открыт с %2 на %3 (аналитик: %1).

%4

Открыть его только для чтения?</translation>
    </message>
    <message>
        <location filename="../app/sightline/projectaccess.cpp" line="41"/>
        <source>Open &amp;read-only</source>
        <translation>Открыть только для &amp;чтения</translation>
    </message>
    <message>
        <location filename="../app/sightline/projectaccess.cpp" line="46"/>
        <source>%1 is open elsewhere (%2 since %3).</source>
        <translation>%1 открыт в другом месте (%2, с %3).</translation>
    </message>
    <message>
        <location filename="../app/sightline/projectaccess.cpp" line="55"/>
        <source>Opened read-only</source>
        <translation>Открыто только для чтения</translation>
    </message>
    <message>
        <location filename="../app/sightline/projectaccess.cpp" line="56"/>
        <source>%1 cannot be written to (its folder or the file itself), so it opens read-only: you can read and export it, but not change it.</source>
        <translation>%1 недоступен для записи (его папка или сам файл), поэтому открывается только для чтения: проект можно читать и экспортировать, но не изменять.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../libs/ui/sightline/ui/cleancopyoffer.cpp" line="17"/>
        <source>Project refused</source>
        <translation>Проект отклонён</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/cleancopyoffer.cpp" line="18"/>
        <source>This project holds something Sightline does not make, and is not opened as it is.</source>
        <translation>Проект содержит то, чего Sightline не создаёт, поэтому он не открыт как есть.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/cleancopyoffer.cpp" line="21"/>
        <source>A cleaned copy keeps the records and leaves out everything else; the original is not changed.</source>
        <translation>Очищенная копия сохраняет записи и отбрасывает всё остальное; оригинал не меняется.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/cleancopyoffer.cpp" line="23"/>
        <source>Open a cleaned copy</source>
        <translation>Открыть очищенную копию</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/cleancopyoffer.cpp" line="31"/>
        <source>Save the cleaned copy as</source>
        <translation>Сохранить очищенную копию как</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/cleancopyoffer.cpp" line="32"/>
        <source>Sightline projects (*.gpkg)</source>
        <translation>Проекты Sightline (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/cleancopyoffer.cpp" line="36"/>
        <source>Cleaned copy</source>
        <translation>Очищенная копия</translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/ui/sightline/ui/cleancopyoffer.cpp" line="37"/>
        <source>Wrote %1 with %n change(s) from the original.</source>
        <translation>
            <numerusform>Записан %1: %n изменение по сравнению с оригиналом.</numerusform>
            <numerusform>Записан %1: %n изменения по сравнению с оригиналом.</numerusform>
            <numerusform>Записан %1: %n изменений по сравнению с оригиналом.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/cleancopyoffer.cpp" line="45"/>
        <source>Cannot clean the project</source>
        <translation>Не удаётся очистить проект</translation>
    </message>
</context>
<context>
    <name>RecordTitle</name>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="17"/>
        <source>(untitled source)</source>
        <translation>(источник без названия)</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="29"/>
        <source>Site</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="30"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="31"/>
        <source>Capture</source>
        <translation>Архивная копия</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="32"/>
        <source>Claim</source>
        <translation>Утверждение</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="33"/>
        <source>Scene</source>
        <translation>Снимок</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="34"/>
        <source>Annotation</source>
        <translation>Пометка</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="35"/>
        <source>Observation</source>
        <translation>Наблюдение</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="36"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="37"/>
        <source>Link</source>
        <translation>Связь</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="38"/>
        <source>Bookmark</source>
        <translation>Закладка</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="39"/>
        <source>Judgment</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="47"/>
        <source>corroborates</source>
        <translation>подтверждает</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="48"/>
        <source>contradicts</source>
        <translation>противоречит</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="49"/>
        <source>supports</source>
        <translation>поддерживает</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="50"/>
        <source>depicts</source>
        <translation>изображает</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="51"/>
        <source>refers to</source>
        <translation>ссылается на</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="52"/>
        <source>depends on</source>
        <translation>зависит от</translation>
    </message>
</context>
<context>
    <name>SceneActions</name>
    <message>
        <location filename="../app/sightline/sceneactions.cpp" line="34"/>
        <source>Scene &amp;details…</source>
        <translation>&amp;Сведения о снимке…</translation>
    </message>
    <message>
        <location filename="../app/sightline/sceneactions.cpp" line="37"/>
        <source>&amp;Remove the selected scene…</source>
        <translation>&amp;Убрать выбранный снимок…</translation>
    </message>
    <message>
        <location filename="../app/sightline/sceneactions.cpp" line="40"/>
        <source>Remove scene</source>
        <translation>Убрать снимок</translation>
    </message>
    <message>
        <location filename="../app/sightline/sceneactions.cpp" line="43"/>
        <source>Build &amp;overviews for the selected scene</source>
        <translation>Построить &amp;обзорные уровни для выбранного снимка</translation>
    </message>
    <message>
        <location filename="../app/sightline/sceneactions.cpp" line="45"/>
        <source>&amp;Embed the selected scene&apos;s file in the project</source>
        <translation>&amp;Встроить файл выбранного снимка в проект</translation>
    </message>
    <message>
        <location filename="../app/sightline/sceneactions.cpp" line="47"/>
        <source>Embed imported files in the project</source>
        <translation>Встраивать импортированные файлы в проект</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sightline/sceneactions.cpp" line="57"/>
        <source>%1 has %n overview(s) now</source>
        <translation>
            <numerusform>У %1 теперь %n обзорный уровень</numerusform>
            <numerusform>У %1 теперь %n обзорных уровня</numerusform>
            <numerusform>У %1 теперь %n обзорных уровней</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sightline/sceneactions.cpp" line="61"/>
        <source>Building overviews cancelled; no overview file was left</source>
        <translation>Построение обзорных уровней отменено; файл обзорных уровней не остался</translation>
    </message>
    <message>
        <location filename="../app/sightline/sceneactions.cpp" line="92"/>
        <source>Select a scene first: click inside its footprint</source>
        <translation>Сначала выберите снимок: щёлкните внутри его контура</translation>
    </message>
    <message>
        <location filename="../app/sightline/sceneactions.cpp" line="105"/>
        <source>Details of %1</source>
        <translation>Сведения о %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sightline/sceneactions.cpp" line="118"/>
        <source>%1 has %n annotation(s). Remove the scene and its annotations? Undo brings them back.</source>
        <translation>
            <numerusform>У %1 %n пометка. Убрать снимок и его пометки? Отмена вернёт их.</numerusform>
            <numerusform>У %1 %n пометки. Убрать снимок и его пометки? Отмена вернёт их.</numerusform>
            <numerusform>У %1 %n пометок. Убрать снимок и его пометки? Отмена вернёт их.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sightline/sceneactions.cpp" line="122"/>
        <source>The file embedded in the project is deleted with the scene, and undo does not bring it back.</source>
        <translation>Встроенный в проект файл удаляется вместе со снимком, и отмена его не вернёт.</translation>
    </message>
    <message>
        <location filename="../app/sightline/sceneactions.cpp" line="125"/>
        <source>Remove %1</source>
        <translation>Убрать %1</translation>
    </message>
    <message>
        <location filename="../app/sightline/sceneactions.cpp" line="138"/>
        <source>%1 is already embedded in the project</source>
        <translation>%1 уже встроен в проект</translation>
    </message>
    <message>
        <location filename="../app/sightline/sceneactions.cpp" line="141"/>
        <source>Embed %1</source>
        <translation>Встроить %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sightline/sceneactions.cpp" line="157"/>
        <source>%1 already has %n overview(s)</source>
        <translation>
            <numerusform>У %1 уже есть %n обзорный уровень</numerusform>
            <numerusform>У %1 уже есть %n обзорных уровня</numerusform>
            <numerusform>У %1 уже есть %n обзорных уровней</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeriesWords</name>
    <message>
        <location filename="../libs/present/sightline/present/serieswords.cpp" line="24"/>
        <source>%1 vs a baseline maximum of %2</source>
        <translation>%1 против максимума %2 за базовый период</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/serieswords.cpp" line="29"/>
        <source>%1 vs a baseline maximum of %2: %3×</source>
        <translation>%1 против максимума %2 за базовый период: %3×</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/serieswords.cpp" line="43"/>
        <source>baseline %1: median %2, maximum %3 (from %4)</source>
        <translation>базовый период %1: медиана %2, максимум %3 (из %4)</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/serieswords.cpp" line="50"/>
        <source>counted</source>
        <translation>подсчитано</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/serieswords.cpp" line="51"/>
        <source>reported</source>
        <translation>сообщено</translation>
    </message>
</context>
<context>
    <name>TimeWords</name>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="44"/>
        <source>yyyy</source>
        <comment>a year</comment>
        <translation>yyyy</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="45"/>
        <source>MMM yyyy</source>
        <comment>a month</comment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="46"/>
        <source>d MMM yyyy</source>
        <comment>a day</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="48"/>
        <source>d MMM yyyy HH:mm</source>
        <comment>a minute</comment>
        <translation>d MMM yyyy HH:mm</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="50"/>
        <source>d MMM yyyy HH:mm:ss</source>
        <comment>a second</comment>
        <translation>d MMM yyyy HH:mm:ss</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="66"/>
        <source>MMM</source>
        <comment>the first month of a range within one year</comment>
        <translation>MMM</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="67"/>
        <source>MMM yyyy</source>
        <comment>the last month of a range within one year</comment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="71"/>
        <source>d</source>
        <comment>the first day of a range within one month</comment>
        <translation>d</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="72"/>
        <source>d MMM yyyy</source>
        <comment>the last day of a range within one month</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="74"/>
        <source>d MMM</source>
        <comment>the first day of a range within one year</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="75"/>
        <source>d MMM yyyy</source>
        <comment>the last day of a range within one year</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="81"/>
        <source>d MMM yyyy HH:mm</source>
        <comment>the first minute of a range within one day</comment>
        <translation>d MMM yyyy HH:mm</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="82"/>
        <source>d MMM yyyy HH:mm:ss</source>
        <comment>the first second of a range within one day</comment>
        <translation>d MMM yyyy HH:mm:ss</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="99"/>
        <source>unknown time</source>
        <translation>время неизвестно</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="102"/>
        <source>%1 local time, zone unknown</source>
        <translation>%1 по местному времени, часовой пояс неизвестен</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="109"/>
        <source>no later than %1</source>
        <translation>не позднее %1</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="113"/>
        <source>since %1</source>
        <translation>с %1</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="131"/>
        <source>to the year</source>
        <translation>с точностью до года</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="132"/>
        <source>to the month</source>
        <translation>с точностью до месяца</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="133"/>
        <source>to the day</source>
        <translation>с точностью до дня</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="134"/>
        <source>to the minute</source>
        <translation>с точностью до минуты</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="135"/>
        <source>to the second</source>
        <translation>с точностью до секунды</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="143"/>
        <source>No time given</source>
        <translation>Время не указано</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="144"/>
        <source>open</source>
        <translation>не ограничено</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="145"/>
        <source>%1, %2
earliest %3
latest %4</source>
        <translation>%1, %2
самое раннее %3
самое позднее %4</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../libs/present/sightline/present/timelineitems.cpp" line="79"/>
        <source>%1 at %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timelinepainter.cpp" line="191"/>
        <source>No site</source>
        <translation>Без места</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timelinepainter.cpp" line="192"/>
        <source>No source</source>
        <translation>Без источника</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timelinepainter.cpp" line="775"/>
        <source>counted</source>
        <translation>подсчитано</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timelinepainter.cpp" line="777"/>
        <source>reported</source>
        <translation>сообщено</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timelinepainter.cpp" line="872"/>
        <source>%1 (up to %2)</source>
        <translation>%1 (до %2)</translation>
    </message>
</context>
<context>
    <name>ToolActions</name>
    <message>
        <location filename="../app/sightline/toolactions.cpp" line="28"/>
        <source>&amp;Tools</source>
        <translation>&amp;Инструменты</translation>
    </message>
    <message>
        <location filename="../app/sightline/toolactions.cpp" line="35"/>
        <source>&amp;Pan and identify</source>
        <translation>&amp;Перемещение и опознание</translation>
    </message>
    <message>
        <location filename="../app/sightline/toolactions.cpp" line="36"/>
        <source>&amp;Zoom to a box</source>
        <translation>&amp;Масштаб по прямоугольнику</translation>
    </message>
    <message>
        <location filename="../app/sightline/toolactions.cpp" line="37"/>
        <source>Measure &amp;distance</source>
        <translation>Измерить &amp;расстояние</translation>
    </message>
    <message>
        <location filename="../app/sightline/toolactions.cpp" line="38"/>
        <source>Measure &amp;area</source>
        <translation>Измерить &amp;площадь</translation>
    </message>
    <message>
        <location filename="../app/sightline/toolactions.cpp" line="39"/>
        <source>Add, edit and move &amp;sites</source>
        <translation>Добавлять, изменять и перемещать &amp;места</translation>
    </message>
</context>
<context>
    <name>ViewActions</name>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="27"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="30"/>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="37"/>
        <source>Zoom to &amp;all sites</source>
        <translation>Показать &amp;все места</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="41"/>
        <source>Zoom to &amp;selection</source>
        <translation>Масштаб по &amp;выделению</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="42"/>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Закладки</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="45"/>
        <source>Map &amp;CRS</source>
        <translation>&amp;Система координат карты</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="46"/>
        <source>Web Mercator (EPSG:3857)</source>
        <translation>Web Mercator (EPSG:3857)</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="47"/>
        <source>WGS 84 longitude/latitude (EPSG:4326)</source>
        <translation>WGS 84 долгота/широта (EPSG:4326)</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="48"/>
        <source>Local UTM zone</source>
        <translation>Местная зона UTM</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="52"/>
        <source>Other EPSG code…</source>
        <translation>Другой код EPSG…</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="72"/>
        <source>Cannot use this CRS</source>
        <translation>Эту систему координат нельзя использовать</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="78"/>
        <source>Map CRS</source>
        <translation>Система координат карты</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="78"/>
        <source>EPSG code (for example 32652):</source>
        <translation>Код EPSG (например, 32652):</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="88"/>
        <source>&amp;Add bookmark…</source>
        <translation>&amp;Добавить закладку…</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="97"/>
        <source>Cannot show bookmark</source>
        <translation>Не удаётся показать закладку</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="108"/>
        <source>Add bookmark</source>
        <translation>Добавить закладку</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="108"/>
        <source>Name of this view:</source>
        <translation>Название этого вида:</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="120"/>
        <source>Add bookmark %1</source>
        <translation>Добавить закладку %1</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../app/sightline/workspace.cpp" line="30"/>
        <source>Cannot make this change</source>
        <translation>Это изменение невозможно внести</translation>
    </message>
</context>
<context>
    <name>sightline::Annotations</name>
    <message>
        <location filename="../libs/core/sightline/core/annotationlabel.cpp" line="27"/>
        <source>%1 %2</source>
        <extracomment>A count of one object kind: &quot;12 railcars&quot; (%1 the count, %2 the kind&apos;s name, plural when not 1)</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>sightline::Judgments</name>
    <message>
        <location filename="../libs/core/sightline/core/confidence.cpp" line="11"/>
        <source>low confidence</source>
        <translation>низкая уверенность</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/confidence.cpp" line="12"/>
        <source>moderate confidence</source>
        <translation>умеренная уверенность</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/confidence.cpp" line="13"/>
        <source>high confidence</source>
        <translation>высокая уверенность</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="21"/>
        <source>almost no chance</source>
        <translation>почти никаких шансов</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="21"/>
        <source>remote</source>
        <translation>ничтожно малая вероятность</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="22"/>
        <source>very unlikely</source>
        <translation>очень маловероятно</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="22"/>
        <source>highly improbable</source>
        <translation>крайне маловероятно</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="23"/>
        <source>unlikely</source>
        <translation>маловероятно</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="23"/>
        <source>improbable</source>
        <translation>неправдоподобно</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="24"/>
        <source>roughly even chance</source>
        <translation>примерно равные шансы</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="24"/>
        <source>roughly even odds</source>
        <translation>шансы примерно равны</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="25"/>
        <source>likely</source>
        <translation>вероятно</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="25"/>
        <source>probable</source>
        <translation>правдоподобно</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="26"/>
        <source>very likely</source>
        <translation>весьма вероятно</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="26"/>
        <source>highly probable</source>
        <translation>высоковероятно</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="27"/>
        <source>almost certain</source>
        <translation>почти наверняка</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="27"/>
        <source>nearly certain</source>
        <translation>практически наверняка</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="31"/>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="32"/>
        <source>Issued</source>
        <translation>Выпущен</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="33"/>
        <source>Withdrawn</source>
        <translation>Отозван</translation>
    </message>
</context>
<context>
    <name>sightline::Kinds</name>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="41"/>
        <source>Site</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="42"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="43"/>
        <source>Capture</source>
        <translation>Архивная копия</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="44"/>
        <source>Claim</source>
        <translation>Утверждение</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="45"/>
        <source>Imagery scene</source>
        <translation>Снимок</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="46"/>
        <source>Annotation</source>
        <translation>Пометка</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="47"/>
        <source>Observation</source>
        <translation>Наблюдение</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="48"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="49"/>
        <source>Link</source>
        <translation>Связь</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="50"/>
        <source>Bookmark</source>
        <translation>Закладка</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="51"/>
        <source>Judgment</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="55"/>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="56"/>
        <source>Rail crossing</source>
        <translation>Железнодорожный переход</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="57"/>
        <source>Rail yard</source>
        <translation>Сортировочная станция</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="58"/>
        <source>Depot</source>
        <translation>Склад</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="59"/>
        <source>Factory</source>
        <translation>Завод</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="60"/>
        <source>Airfield</source>
        <translation>Аэродром</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="61"/>
        <source>Border crossing</source>
        <translation>Пункт пропуска</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="62"/>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="71"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="66"/>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="67"/>
        <source>News article</source>
        <translation>Новостная статья</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="68"/>
        <source>Official statement</source>
        <translation>Официальное заявление</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="69"/>
        <source>Imagery provider</source>
        <translation>Поставщик снимков</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="70"/>
        <source>Social media</source>
        <translation>Соцсети</translation>
    </message>
</context>
<context>
    <name>sightline::edit::Annotations</name>
    <message>
        <location filename="../libs/edit/sightline/edit/annotationcommands.cpp" line="68"/>
        <source>The copied annotations lie outside the scene %1</source>
        <translation>Скопированные пометки лежат за пределами снимка %1</translation>
    </message>
</context>
<context>
    <name>sightline::present</name>
    <message>
        <location filename="../libs/present/sightline/present/sitewords.cpp" line="82"/>
        <location filename="../libs/present/sightline/present/sitewords.cpp" line="85"/>
        <source>%1 m</source>
        <translation>%1 м</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/sitewords.cpp" line="87"/>
        <location filename="../libs/present/sightline/present/sitewords.cpp" line="88"/>
        <source>%1 km</source>
        <translation>%1 км</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/sitewords.cpp" line="96"/>
        <source>located to about %1</source>
        <translation>определено с точностью около %1</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/sitewords.cpp" line="98"/>
        <source>located only to the town (a few kilometres)</source>
        <translation>определено лишь с точностью до населённого пункта (несколько километров)</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/sitewords.cpp" line="99"/>
        <source>located to about %1 (rounded coordinates)</source>
        <translation>определено с точностью около %1 (округлённые координаты)</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/sitewords.cpp" line="101"/>
        <source>located within its area of interest, at most about %1 off</source>
        <translation>определено в пределах района интереса, погрешность не более %1</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/sitewords.cpp" line="106"/>
        <source>how precisely it is located is not known</source>
        <translation>насколько точно определено место, неизвестно</translation>
    </message>
</context>
<context>
    <name>sightline::present::SeriesChart</name>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/serieschart.cpp" line="182"/>
        <source>baseline: max %1, median %2 (%n value(s))</source>
        <extracomment>Over the baseline band of a series chart (%1 its maximum, %2 its median, %n how many values)</extracomment>
        <translation>
            <numerusform>базовый период: макс. %1, медиана %2 (%n значение)</numerusform>
            <numerusform>базовый период: макс. %1, медиана %2 (%n значения)</numerusform>
            <numerusform>базовый период: макс. %1, медиана %2 (%n значений)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/serieschart.cpp" line="263"/>
        <source>counted on imagery</source>
        <translation>подсчитано на снимках</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/serieschart.cpp" line="263"/>
        <source>reported</source>
        <translation>сообщено</translation>
    </message>
</context>
<context>
    <name>sightline::render::MapModel</name>
    <message>
        <location filename="../libs/render/sightline/render/mapmodel.cpp" line="52"/>
        <location filename="../libs/render/sightline/render/mapmodel.cpp" line="253"/>
        <source>Basemap (Natural Earth)</source>
        <translation>Базовая карта (Natural Earth)</translation>
    </message>
    <message>
        <location filename="../libs/render/sightline/render/mapmodel.cpp" line="53"/>
        <source>Imagery</source>
        <translation>Снимки</translation>
    </message>
    <message>
        <location filename="../libs/render/sightline/render/mapmodel.cpp" line="54"/>
        <source>Imagery footprints</source>
        <translation>Контуры снимков</translation>
    </message>
    <message>
        <location filename="../libs/render/sightline/render/mapmodel.cpp" line="55"/>
        <source>Areas of interest</source>
        <translation>Районы интереса</translation>
    </message>
    <message>
        <location filename="../libs/render/sightline/render/mapmodel.cpp" line="56"/>
        <source>Annotations</source>
        <translation>Пометки</translation>
    </message>
    <message>
        <location filename="../libs/render/sightline/render/mapmodel.cpp" line="57"/>
        <source>Claims</source>
        <translation>Утверждения</translation>
    </message>
    <message>
        <location filename="../libs/render/sightline/render/mapmodel.cpp" line="58"/>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <location filename="../libs/render/sightline/render/mapmodel.cpp" line="59"/>
        <source>Sites</source>
        <translation>Места</translation>
    </message>
    <message>
        <location filename="../libs/render/sightline/render/mapmodel.cpp" line="253"/>
        <source>Basemap (%1)</source>
        <translation>Базовая карта (%1)</translation>
    </message>
</context>
<context>
    <name>sightline::ui::AboutDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/aboutdialog.cpp" line="15"/>
        <source>About Sightline</source>
        <translation>О программе Sightline</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/aboutdialog.cpp" line="29"/>
        <source>LGPL 3</source>
        <translation>LGPL 3</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/aboutdialog.cpp" line="31"/>
        <source>public domain</source>
        <translation>общественное достояние</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/aboutdialog.cpp" line="41"/>
        <source>A desktop workstation for open-source geospatial investigation: sources, claims, sites, imagery and judgments in one project file.</source>
        <translation>Настольная рабочая станция для геопространственных расследований по открытым источникам: источники, утверждения, места, снимки и выводы в одном файле проекта.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/aboutdialog.cpp" line="43"/>
        <source>Libraries</source>
        <translation>Библиотеки</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/aboutdialog.cpp" line="43"/>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/aboutdialog.cpp" line="43"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/aboutdialog.cpp" line="43"/>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/aboutdialog.cpp" line="43"/>
        <source>Data credits</source>
        <translation>Источники данных</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/aboutdialog.cpp" line="44"/>
        <source>Basemap: Made with Natural Earth, free vector and raster map data (naturalearthdata.com), public domain.</source>
        <translation>Базовая карта: Made with Natural Earth, свободные векторные и растровые картографические данные (naturalearthdata.com), общественное достояние.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/aboutdialog.cpp" line="46"/>
        <source>Imagery: each scene keeps its provider, acquisition date and licence; they are shown in the scene&apos;s details and printed under every figure of a brief. The demo&apos;s scenes are synthetic.</source>
        <translation>Снимки: каждый снимок хранит поставщика, дату съёмки и лицензию; они показаны в сведениях о снимке и печатаются под каждым рисунком справки. Снимки демонстрационного проекта синтетические.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/aboutdialog.cpp" line="48"/>
        <source>Coordinate reference systems: the EPSG dataset as shipped with PROJ.</source>
        <translation>Системы координат: набор данных EPSG в составе PROJ.</translation>
    </message>
</context>
<context>
    <name>sightline::ui::AnnotationDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="28"/>
        <source>point</source>
        <translation>точка</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="29"/>
        <source>box</source>
        <translation>прямоугольник</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="30"/>
        <source>polygon</source>
        <translation>многоугольник</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="31"/>
        <source>line</source>
        <translation>линия</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="32"/>
        <source>callout</source>
        <translation>выноска</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="43"/>
        <source>Annotation details</source>
        <translation>Сведения о пометке</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="55"/>
        <source>A point marks one object; draw a box or polygon to count several</source>
        <translation>Точка отмечает один объект; чтобы посчитать несколько, нарисуйте прямоугольник или многоугольник</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="61"/>
        <source>The callout&apos;s text</source>
        <translation>Текст выноски</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="62"/>
        <source>Drawn instead of count and kind</source>
        <translation>Показывается вместо количества и типа</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="65"/>
        <source>What you saw, and why you counted it so</source>
        <translation>Что вы увидели и почему посчитали именно так</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="68"/>
        <source>Shape</source>
        <translation>Форма</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="69"/>
        <source>Drawn on</source>
        <translation>Нарисовано на</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="70"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="70"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="71"/>
        <source>&amp;Kind</source>
        <translation>&amp;Тип</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="72"/>
        <source>C&amp;ount</source>
        <translation>&amp;Количество</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="73"/>
        <source>&amp;Confidence</source>
        <translation>&amp;Уверенность</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="74"/>
        <source>&amp;Text</source>
        <translation>&amp;Текст</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="74"/>
        <source>&amp;Label</source>
        <translation>&amp;Подпись</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="75"/>
        <source>&amp;Note</source>
        <translation>&amp;Заметка</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="77"/>
        <source>By</source>
        <translation>Автор</translation>
    </message>
</context>
<context>
    <name>sightline::ui::AnnotationEditor</name>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationeditor.cpp" line="170"/>
        <source>Cannot make this change</source>
        <translation>Это изменение невозможно внести</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationeditor.cpp" line="181"/>
        <source>Add %1</source>
        <translation>Добавить %1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationeditor.cpp" line="198"/>
        <source>Change %1</source>
        <translation>Изменить %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/ui/sightline/ui/annotationeditor.cpp" line="215"/>
        <source>Delete %n annotation(s)</source>
        <translation>
            <numerusform>Удалить %n пометку</numerusform>
            <numerusform>Удалить %n пометки</numerusform>
            <numerusform>Удалить %n пометок</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationeditor.cpp" line="230"/>
        <location filename="../libs/ui/sightline/ui/annotationeditor.cpp" line="278"/>
        <source>Select annotations first: click one, or drag a box around several</source>
        <translation>Сначала выберите пометки: щёлкните одну или обведите несколько рамкой</translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/ui/sightline/ui/annotationeditor.cpp" line="257"/>
        <source>Change %n annotation(s)</source>
        <translation>
            <numerusform>Изменить %n пометку</numerusform>
            <numerusform>Изменить %n пометки</numerusform>
            <numerusform>Изменить %n пометок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/ui/sightline/ui/annotationeditor.cpp" line="279"/>
        <source>%n annotation(s) copied</source>
        <translation>
            <numerusform>Скопирована %n пометка</numerusform>
            <numerusform>Скопировано %n пометки</numerusform>
            <numerusform>Скопировано %n пометок</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationeditor.cpp" line="286"/>
        <source>Nothing to paste: copy annotations first</source>
        <translation>Нечего вставлять: сначала скопируйте пометки</translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/ui/sightline/ui/annotationeditor.cpp" line="294"/>
        <source>Paste %n annotation(s)</source>
        <translation>
            <numerusform>Вставить %n пометку</numerusform>
            <numerusform>Вставить %n пометки</numerusform>
            <numerusform>Вставить %n пометок</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationeditor.cpp" line="296"/>
        <source>Cannot paste</source>
        <translation>Не удаётся вставить</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationeditor.cpp" line="344"/>
        <source>the map</source>
        <translation>карте</translation>
    </message>
</context>
<context>
    <name>sightline::ui::BasemapSourceDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/basemapsourcedialog.cpp" line="21"/>
        <source>Add basemap source</source>
        <translation>Добавить источник базовой карты</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/basemapsourcedialog.cpp" line="25"/>
        <source>https://tiles.example.org/{z}/{x}/{y}.png, or a file</source>
        <translation>https://tiles.example.org/{z}/{x}/{y}.png или файл</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/basemapsourcedialog.cpp" line="26"/>
        <source>© OpenStreetMap contributors</source>
        <translation>© участники OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/basemapsourcedialog.cpp" line="31"/>
        <source> a second</source>
        <translation> в секунду</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/basemapsourcedialog.cpp" line="32"/>
        <source>File…</source>
        <translation>Файл…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/basemapsourcedialog.cpp" line="39"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/basemapsourcedialog.cpp" line="40"/>
        <source>URL or file</source>
        <translation>URL или файл</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/basemapsourcedialog.cpp" line="41"/>
        <source>Attribution</source>
        <translation>Атрибуция</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/basemapsourcedialog.cpp" line="42"/>
        <source>Deepest zoom</source>
        <translation>Максимальный уровень масштаба</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/basemapsourcedialog.cpp" line="43"/>
        <source>Download rate</source>
        <translation>Скорость загрузки</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/basemapsourcedialog.cpp" line="48"/>
        <source>Basemap file</source>
        <translation>Файл базовой карты</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/basemapsourcedialog.cpp" line="49"/>
        <source>Basemaps (*.mbtiles *.gpkg *.tif *.tiff *.osm *.pbf *.geojson *.shp *.kml);;All files (*)</source>
        <translation>Базовые карты (*.mbtiles *.gpkg *.tif *.tiff *.osm *.pbf *.geojson *.shp *.kml);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/basemapsourcedialog.cpp" line="79"/>
        <source>Give a URL or a file.</source>
        <translation>Укажите URL или файл.</translation>
    </message>
</context>
<context>
    <name>sightline::ui::BoxAnnotationTool</name>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationtool.cpp" line="217"/>
        <source>Click the other end of the box&apos;s edge; Escape drops it</source>
        <translation>Щёлкните второй конец стороны прямоугольника; Escape отменяет</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationtool.cpp" line="219"/>
        <source>Move to the box&apos;s depth and click; Escape drops it</source>
        <translation>Доведите до глубины прямоугольника и щёлкните; Escape отменяет</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationtool.cpp" line="220"/>
        <source>Drag a box around %1, or click three times for a rotated box (edge, then depth)</source>
        <translation>Обведите %1 прямоугольником или щёлкните трижды для повёрнутого прямоугольника (сторона, затем глубина)</translation>
    </message>
</context>
<context>
    <name>sightline::ui::BriefDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="39"/>
        <source>Making the brief…</source>
        <translation>Составление справки…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="39"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="69"/>
        <source>Warning: %1</source>
        <translation>Предупреждение: %1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="78"/>
        <source>Write a brief</source>
        <translation>Составить справку</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="91"/>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="105"/>
        <source>Sites</source>
        <translation>Места</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="94"/>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="96"/>
        <source>open</source>
        <translation>не ограничено</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="99"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="101"/>
        <source>Period from</source>
        <translation>Период с</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="104"/>
        <source>Key judgments</source>
        <translation>Ключевые выводы</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="106"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="108"/>
        <source>Methods</source>
        <translation>Методы</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="113"/>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="117"/>
        <source>The project&apos;s (%1)</source>
        <translation>Как в проекте (%1)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="118"/>
        <source>The project&apos;s (none)</source>
        <translation>Как в проекте (нет)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="122"/>
        <source>Marking</source>
        <translation>Маркировка</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="125"/>
        <source>For internal use: show imagery whose licence does not allow republication</source>
        <translation>Для внутреннего использования: показывать снимки, лицензия которых не разрешает повторную публикацию</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="127"/>
        <source>The brief then stays inside the organisation: its cover says &quot;For internal use only&quot;, and the custody log records each such scene as shown for internal use.</source>
        <translation>Тогда справка не выходит за пределы организации: на её обложке написано «For internal use only», а журнал цепочки хранения фиксирует каждый такой снимок как показанный для внутреннего использования.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="129"/>
        <source>Licences</source>
        <translation>Лицензии</translation>
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
        <translation>Размер страницы</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="136"/>
        <source>Default</source>
        <translation>Стандартный</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="137"/>
        <source>Compact</source>
        <translation>Компактный</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="138"/>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="142"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="144"/>
        <source>the analysts of the issued judgments</source>
        <translation>аналитики выпущенных выводов</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="145"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="147"/>
        <source>Bottom line up front (optional)</source>
        <translation>Главное — в начале (необязательно)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="149"/>
        <source>Bottom line</source>
        <translation>Главный вывод</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="167"/>
        <source>Page </source>
        <translation>Страница </translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="175"/>
        <source>&amp;Preview</source>
        <translation>&amp;Предпросмотр</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="176"/>
        <source>&amp;Save…</source>
        <translation>&amp;Сохранить…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="214"/>
        <source>Choose at least one site, or leave the Sites section out.</source>
        <translation>Выберите хотя бы одно место или исключите раздел «Места».</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="243"/>
        <source>The preview cannot be shown.</source>
        <translation>Предпросмотр невозможно показать.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="247"/>
        <source>%1 pages, %2 map figures.</source>
        <translation>Страниц: %1, карт: %2.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="301"/>
        <source>These sentences mix a likelihood word with a confidence level; ICD 203 keeps them apart:&lt;br&gt;%1</source>
        <translation>В этих предложениях слово вероятности смешано с уровнем уверенности; ICD 203 разделяет их:&lt;br&gt;%1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="315"/>
        <source>Wrote %1 (%2 pages).</source>
        <translation>Записан %1 (страниц: %2).</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="328"/>
        <source>Save the brief</source>
        <translation>Сохранить справку</translation>
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
        <translation>Выноска</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationtool.cpp" line="331"/>
        <source>Text of the callout:</source>
        <translation>Текст выноски:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationtool.cpp" line="349"/>
        <source>Click where the callout goes, then type its text</source>
        <translation>Щёлкните там, где должна быть выноска, затем введите её текст</translation>
    </message>
</context>
<context>
    <name>sightline::ui::CaptureView</name>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="34"/>
        <source>its content could not be read back</source>
        <translation>её содержимое не удалось прочитать</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="35"/>
        <source>it is not a valid PDF (damaged or another kind of file)</source>
        <translation>это не корректный PDF (повреждён или файл другого типа)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="36"/>
        <source>it is protected by a password</source>
        <translation>она защищена паролем</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="37"/>
        <source>its encryption is not supported</source>
        <translation>её шифрование не поддерживается</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="38"/>
        <source>the PDF reader could not open it</source>
        <translation>средство просмотра PDF не смогло её открыть</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="51"/>
        <source>the PDF reader did not finish reading it in time (%1 s)</source>
        <translation>средство просмотра PDF не успело её прочитать (%1 с)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="52"/>
        <source>the PDF reader failed on it</source>
        <translation>средство просмотра PDF не смогло её прочитать</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="75"/>
        <source>&amp;Claim from selection</source>
        <translation>&amp;Утверждение из выделенного</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="81"/>
        <source>Make a new claim that quotes the selected text, with its page or paragraph (%1)</source>
        <translation>Создать новое утверждение, цитирующее выделенный текст, с указанием страницы или абзаца (%1)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="87"/>
        <source>Export capture…</source>
        <translation>Экспортировать архивную копию…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="88"/>
        <source>Write the capture&apos;s stored bytes to a file; the custody log records the export</source>
        <translation>Записать сохранённые байты архивной копии в файл; журнал цепочки хранения фиксирует экспорт</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="90"/>
        <source>Show HTML source</source>
        <translation>Показать HTML-код</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="170"/>
        <source>Choose a capture of a source and open it to read it here.</source>
        <translation>Выберите архивную копию источника и откройте её, чтобы прочитать здесь.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="209"/>
        <source>This capture is no longer in the project.</source>
        <translation>Этой архивной копии больше нет в проекте.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="214"/>
        <source>capture %1</source>
        <translation>архивная копия %1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="222"/>
        <source>Cannot read capture “%1”: %2</source>
        <translation>Не удаётся прочитать архивную копию «%1»: %2</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="232"/>
        <source>captured %1 by %2</source>
        <translation>сохранено %1, автор: %2</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="237"/>
        <source>The content does not match its SHA-256: it has changed since it was captured.</source>
        <translation>Содержимое не совпадает со своим SHA-256: оно изменилось после сохранения.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="239"/>
        <source>SHA-256: %1
Original URL: %2</source>
        <translation>SHA-256: %1
Исходный URL: %2</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="241"/>
        <source>not recorded</source>
        <translation>не записан</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="257"/>
        <source>Cannot show capture “%1”: it is not an image this program can read.</source>
        <translation>Не удаётся показать архивную копию «%1»: это не изображение, которое может прочитать эта программа.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="264"/>
        <source>Capture “%1” is of a kind this program does not show (%2). It is kept in the project with its hash; export it to open it elsewhere.</source>
        <translation>Архивная копия «%1» имеет тип, который эта программа не показывает (%2). Она хранится в проекте вместе с хешем; экспортируйте её, чтобы открыть в другом месте.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="279"/>
        <source>Cannot show capture “%1”: no temporary file for it (%2).</source>
        <translation>Не удаётся показать архивную копию «%1»: нет временного файла для неё (%2).</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="290"/>
        <source>Reading “%1”…</source>
        <translation>Чтение «%1»…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="300"/>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="305"/>
        <source>Cannot show capture “%1” as a PDF: %2.</source>
        <translation>Не удаётся показать архивную копию «%1» как PDF: %2.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="55"/>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="306"/>
        <source>it has no pages</source>
        <translation>в ней нет страниц</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="358"/>
        <source>Claim from %1, %2</source>
        <translation>Утверждение из %1, %2</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="361"/>
        <source>Cannot make this claim</source>
        <translation>Не удаётся создать это утверждение</translation>
    </message>
</context>
<context>
    <name>sightline::ui::ClaimLedger</name>
    <message>
        <location filename="../libs/ui/sightline/ui/claimledger.cpp" line="22"/>
        <source>Show all claims</source>
        <translation>Показать все утверждения</translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/ui/sightline/ui/claimledger.cpp" line="151"/>
        <source>%n claim(s) of %1</source>
        <translation>
            <numerusform>%n утверждение из %1</numerusform>
            <numerusform>%n утверждения из %1</numerusform>
            <numerusform>%n утверждений из %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/ui/sightline/ui/claimledger.cpp" line="152"/>
        <source>All %n claim(s)</source>
        <translation>
            <numerusform>Всего %n утверждение</numerusform>
            <numerusform>Все %n утверждения</numerusform>
            <numerusform>Все %n утверждений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/claimledger.cpp" line="155"/>
        <source> in the time window %1</source>
        <translation> во временном окне %1</translation>
    </message>
</context>
<context>
    <name>sightline::ui::ClaimTableModel</name>
    <message>
        <location filename="../libs/ui/sightline/ui/claimtablemodel.cpp" line="93"/>
        <source>%1
unit: %2; object kind: %3</source>
        <translation>%1
единица: %2; тип объектов: %3</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/claimtablemodel.cpp" line="112"/>
        <source>Grade</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/claimtablemodel.cpp" line="112"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/claimtablemodel.cpp" line="112"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/claimtablemodel.cpp" line="113"/>
        <source>Sites</source>
        <translation>Места</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/claimtablemodel.cpp" line="113"/>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/claimtablemodel.cpp" line="113"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/claimtablemodel.cpp" line="114"/>
        <source>Locator</source>
        <translation>Место в источнике</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/claimtablemodel.cpp" line="114"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>sightline::ui::ComparisonView</name>
    <message>
        <location filename="../libs/ui/sightline/ui/comparisonview.cpp" line="30"/>
        <source>Pan or zoom any map: the others follow. Each map shows one scene, or the map at a date.</source>
        <translation>Сдвиньте или измените масштаб любой карты — остальные последуют. Каждая карта показывает один снимок или карту на дату.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/comparisonview.cpp" line="31"/>
        <source>Add a map</source>
        <translation>Добавить карту</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/comparisonview.cpp" line="32"/>
        <source>Remove the last map</source>
        <translation>Убрать последнюю карту</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/comparisonview.cpp" line="69"/>
        <source>The map at a date</source>
        <translation>Карта на дату</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/comparisonview.cpp" line="70"/>
        <source>A time window of its own</source>
        <translation>Собственное окно времени</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/comparisonview.cpp" line="93"/>
        <source>What this map shows: one scene, or the map at a date</source>
        <translation>Что показывает эта карта: один снимок или карту на дату</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/comparisonview.cpp" line="99"/>
        <source>open</source>
        <translation>не ограничено</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/comparisonview.cpp" line="103"/>
        <source>From: the start of this map&apos;s own time window (2023, 2023-08, 2023-08-15)</source>
        <translation>С: начало собственного окна времени этой карты (2023, 2023-08, 2023-08-15)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/comparisonview.cpp" line="104"/>
        <source>To: the end of this map&apos;s own time window</source>
        <translation>По: конец собственного окна времени этой карты</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/comparisonview.cpp" line="240"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/comparisonview.cpp" line="240"/>
        <source>To</source>
        <translation>По</translation>
    </message>
</context>
<context>
    <name>sightline::ui::ConflictsView</name>
    <message>
        <location filename="../libs/ui/sightline/ui/conflictsview.cpp" line="32"/>
        <source>Object</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/conflictsview.cpp" line="32"/>
        <source>Site</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/conflictsview.cpp" line="32"/>
        <source>Claim A</source>
        <translation>Утверждение A</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/conflictsview.cpp" line="32"/>
        <source>Date A</source>
        <translation>Дата A</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/conflictsview.cpp" line="32"/>
        <source>Grade A</source>
        <translation>Оценка A</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/conflictsview.cpp" line="33"/>
        <source>Claim B</source>
        <translation>Утверждение B</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/conflictsview.cpp" line="33"/>
        <source>Date B</source>
        <translation>Дата B</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/conflictsview.cpp" line="33"/>
        <source>Grade B</source>
        <translation>Оценка B</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/conflictsview.cpp" line="33"/>
        <source>Why they conflict</source>
        <translation>Почему они противоречат</translation>
    </message>
</context>
<context>
    <name>sightline::ui::EditSitesTool</name>
    <message>
        <location filename="../libs/ui/sightline/ui/editsitestool.cpp" line="87"/>
        <source>Click to add a site or edit the one under the cursor; drag a site to move it</source>
        <translation>Щёлкните, чтобы добавить место или изменить то, что под курсором; перетащите место, чтобы переместить его</translation>
    </message>
</context>
<context>
    <name>sightline::ui::EventDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="65"/>
        <source>New event</source>
        <translation>Новое событие</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="65"/>
        <source>Edit event</source>
        <translation>Изменить событие</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="68"/>
        <source>2023-09-13, 2023-09, 2023-09-07/2023-10-01, ../2024-12-23</source>
        <translation>2023-09-13, 2023-09, 2023-09-07/2023-10-01, ../2024-12-23</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="80"/>
        <source>No location</source>
        <translation>Без местоположения</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="81"/>
        <source>Typed coordinates</source>
        <translation>Введённые координаты</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="83"/>
        <source>At %1</source>
        <translation>Место: %1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="84"/>
        <source>latitude, longitude: 42.25, 130.3</source>
        <translation>широта, долгота: 42.25, 130.3</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="111"/>
        <source>Claim: “%1”</source>
        <translation>Утверждение: «%1»</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="117"/>
        <source>Observation: %1 %2, %3</source>
        <translation>Наблюдение: %1 %2, %3</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="126"/>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="127"/>
        <source>T&amp;ime:</source>
        <translation>&amp;Время:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="129"/>
        <source>&amp;Sites:</source>
        <translation>&amp;Места:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="130"/>
        <source>S&amp;ources:</source>
        <translation>&amp;Источники:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="134"/>
        <source>&amp;Location:</source>
        <translation>Ме&amp;стоположение:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="136"/>
        <source>&amp;Rests on:</source>
        <translation>&amp;Основано на:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="137"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="151"/>
        <source>, a range 2023-09-07/2023-10-01, ../2024-12-23 (no later than) or 2024-03/.. (since)</source>
        <translation>, промежуток 2023-09-07/2023-10-01, ../2024-12-23 (не позднее) или 2024-03/.. (с)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="156"/>
        <source>&quot;%1&quot; is not a point: latitude (−90 to 90) and longitude (−180 to 180) in decimal degrees, separated by a comma (42.25, 130.3)</source>
        <translation>«%1» — не точка: широта (от −90 до 90) и долгота (от −180 до 180) в десятичных градусах с точкой в качестве десятичного знака, через запятую (42.25, 130.3)</translation>
    </message>
</context>
<context>
    <name>sightline::ui::GcpTableModel</name>
    <message>
        <location filename="../libs/ui/sightline/ui/gcptablemodel.cpp" line="42"/>
        <source>pick on the map</source>
        <translation>укажите на карте</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/gcptablemodel.cpp" line="84"/>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/gcptablemodel.cpp" line="85"/>
        <source>Image x</source>
        <translation>Изображение x</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/gcptablemodel.cpp" line="86"/>
        <source>Image y</source>
        <translation>Изображение y</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/gcptablemodel.cpp" line="87"/>
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/gcptablemodel.cpp" line="88"/>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/gcptablemodel.cpp" line="89"/>
        <source>Residual (px)</source>
        <translation>Невязка (пкс)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/gcptablemodel.cpp" line="90"/>
        <source>Residual (m)</source>
        <translation>Невязка (м)</translation>
    </message>
</context>
<context>
    <name>sightline::ui::GeorefImageView</name>
    <message>
        <location filename="../libs/ui/sightline/ui/georefimageview.cpp" line="68"/>
        <source>The image cannot be shown</source>
        <translation>Изображение невозможно показать</translation>
    </message>
</context>
<context>
    <name>sightline::ui::GeoreferenceDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="91"/>
        <source>&amp;Remove point</source>
        <translation>&amp;Убрать точку</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="92"/>
        <source>&amp;Save as scene…</source>
        <translation>&amp;Сохранить как снимок…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="94"/>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="284"/>
        <source>Georeference %1</source>
        <translation>Привязка %1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="114"/>
        <source>Polynomial, order 1 (affine; 3 points or more)</source>
        <translation>Полином 1-го порядка (аффинное; от 3 точек)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="116"/>
        <source>Polynomial, order 2 (6 points or more)</source>
        <translation>Полином 2-го порядка (от 6 точек)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="117"/>
        <source>Thin-plate spline (3 points or more; passes through every point)</source>
        <translation>Сплайн тонкой пластины (от 3 точек; проходит через каждую точку)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="123"/>
        <source>Image: click to add a point</source>
        <translation>Изображение: щёлкните, чтобы добавить точку</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="124"/>
        <source>Map: click the same place</source>
        <translation>Карта: щёлкните то же место</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="135"/>
        <source>Method:</source>
        <translation>Метод:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="218"/>
        <source>RMS residual: &lt;b&gt;%1 px&lt;/b&gt;, %2 m on the ground</source>
        <translation>Среднеквадратическая невязка: &lt;b&gt;%1 пкс&lt;/b&gt;, %2 м на местности</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="232"/>
        <source>Point %1: now click the same place on the map, or type its longitude and latitude in the table.</source>
        <translation>Точка %1: теперь щёлкните то же место на карте или введите его долготу и широту в таблицу.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="236"/>
        <source>Click a place on the image you can also find on the map (a road junction, a building corner), then click it on the map. Spread the points over the whole image.</source>
        <translation>Щёлкните на изображении место, которое можно найти и на карте (перекрёсток дорог, угол здания), затем щёлкните его на карте. Распределите точки по всему изображению.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="239"/>
        <source>Add more points to check the fit: a large residual is a point placed wrongly. Save when the residuals are small.</source>
        <translation>Добавьте больше точек, чтобы проверить подгонку: большая невязка — это неверно поставленная точка. Сохраняйте, когда невязки малы.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="264"/>
        <source>Save the georeferenced image</source>
        <translation>Сохранить привязанное изображение</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="265"/>
        <source>GeoTIFF (*.tif *.tiff)</source>
        <translation>GeoTIFF (*.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="271"/>
        <source>Cannot save the georeferenced image</source>
        <translation>Не удаётся сохранить привязанное изображение</translation>
    </message>
</context>
<context>
    <name>sightline::ui::GuideWindow</name>
    <message>
        <location filename="../libs/ui/sightline/ui/guidewindow.cpp" line="12"/>
        <source>Getting started with Sightline</source>
        <translation>Начало работы с Sightline</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/guidewindow.cpp" line="19"/>
        <source>The guide is missing from this build (%1).</source>
        <translation>В этой сборке нет руководства (%1).</translation>
    </message>
</context>
<context>
    <name>sightline::ui::JudgmentDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentdialog.cpp" line="25"/>
        <source>New judgment</source>
        <translation>Новый вывод</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentdialog.cpp" line="25"/>
        <source>Edit judgment</source>
        <translation>Изменить вывод</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentdialog.cpp" line="41"/>
        <source>2023-09/2024-12, 2023-10-05, ../2024-12-23</source>
        <translation>2023-09/2024-12, 2023-10-05, ../2024-12-23</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentdialog.cpp" line="66"/>
        <source>&amp;Statement:</source>
        <translation>&amp;Формулировка:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentdialog.cpp" line="67"/>
        <source>&amp;Likelihood:</source>
        <translation>&amp;Вероятность:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentdialog.cpp" line="68"/>
        <source>&amp;Confidence:</source>
        <translation>&amp;Уверенность:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentdialog.cpp" line="69"/>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentdialog.cpp" line="73"/>
        <source>&amp;Author:</source>
        <translation>&amp;Автор:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentdialog.cpp" line="74"/>
        <source>S&amp;tatus:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentdialog.cpp" line="75"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentdialog.cpp" line="76"/>
        <source>Rests on &amp;claims:</source>
        <translation>Основан на &amp;утверждениях:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentdialog.cpp" line="92"/>
        <source>not a time</source>
        <translation>это не время</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentdialog.cpp" line="93"/>
        <source>Not a time: write 2023-10-05, 2023-09, 2023-09-07/2023-10-01 or ../2024-12-23</source>
        <translation>Это не время: напишите 2023-10-05, 2023-09, 2023-09-07/2023-10-01 или ../2024-12-23</translation>
    </message>
</context>
<context>
    <name>sightline::ui::JudgmentPanel</name>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentpanel.cpp" line="20"/>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentpanel.cpp" line="20"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentpanel.cpp" line="21"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentpanel.cpp" line="130"/>
        <source>Add judgment</source>
        <translation>Добавить вывод</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentpanel.cpp" line="130"/>
        <source>Edit judgment</source>
        <translation>Изменить вывод</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentpanel.cpp" line="145"/>
        <source>Delete judgment &quot;%1&quot;</source>
        <translation>Удалить вывод «%1»</translation>
    </message>
</context>
<context>
    <name>sightline::ui::JudgmentTableModel</name>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmenttablemodel.cpp" line="65"/>
        <source>! needs review</source>
        <translation>! требует проверки</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmenttablemodel.cpp" line="73"/>
        <source>ICD 203: &quot;%1&quot; (also &quot;%2&quot;) means %3</source>
        <translation>ICD 203: «%1» (также «%2») означает %3</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmenttablemodel.cpp" line="88"/>
        <source>Judgment</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmenttablemodel.cpp" line="89"/>
        <source>Likelihood</source>
        <translation>Вероятность</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmenttablemodel.cpp" line="90"/>
        <source>Confidence</source>
        <translation>Уверенность</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmenttablemodel.cpp" line="91"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmenttablemodel.cpp" line="92"/>
        <source>Rests on</source>
        <translation>Основан на</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmenttablemodel.cpp" line="93"/>
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
</context>
<context>
    <name>sightline::ui::LayerPanel</name>
    <message>
        <location filename="../libs/ui/sightline/ui/layerpanel.cpp" line="27"/>
        <source>Opacity of the selected layer</source>
        <translation>Непрозрачность выбранного слоя</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/layerpanel.cpp" line="29"/>
        <source>Up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/layerpanel.cpp" line="30"/>
        <source>Draw the selected layer higher</source>
        <translation>Рисовать выбранный слой выше</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/layerpanel.cpp" line="32"/>
        <source>Down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/layerpanel.cpp" line="33"/>
        <source>Draw the selected layer lower</source>
        <translation>Рисовать выбранный слой ниже</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/layerpanel.cpp" line="35"/>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/layerpanel.cpp" line="36"/>
        <source>Remove the selected reference layer</source>
        <translation>Убрать выбранный справочный слой</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/layerpanel.cpp" line="38"/>
        <source>Zoom</source>
        <translation>Приблизить</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/layerpanel.cpp" line="39"/>
        <source>Zoom to the selected layer</source>
        <translation>Показать выбранный слой целиком</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/layerpanel.cpp" line="48"/>
        <source>Opacity</source>
        <translation>Непрозрачность</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/layerpanel.cpp" line="136"/>
        <source>Which source this layer draws</source>
        <translation>Какой источник рисует этот слой</translation>
    </message>
</context>
<context>
    <name>sightline::ui::LinkDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="60"/>
        <source>&lt;i&gt;No claim chosen&lt;/i&gt;</source>
        <translation>&lt;i&gt;Утверждение не выбрано&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="76"/>
        <source>&amp;Swap direction</source>
        <translation>&amp;Сменить направление</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="77"/>
        <source>&amp;Remove link</source>
        <translation>&amp;Убрать связь</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="101"/>
        <source>(choose a claim)</source>
        <translation>(выберите утверждение)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="120"/>
        <source>Which claim supports, or depends on, the other</source>
        <translation>Какое утверждение поддерживает другое или зависит от него</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="123"/>
        <source>Why they are linked: what agrees, what does not</source>
        <translation>Почему они связаны: что совпадает, что нет</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="126"/>
        <source>Claim 1</source>
        <translation>Утверждение 1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="128"/>
        <source>Claim 2</source>
        <translation>Утверждение 2</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="133"/>
        <source>R&amp;elation:</source>
        <translation>&amp;Отношение:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="142"/>
        <source>&amp;Note:</source>
        <translation>&amp;Заметка:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="208"/>
        <source>Edit link between claims</source>
        <translation>Изменить связь между утверждениями</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="208"/>
        <source>Link claims</source>
        <translation>Связать утверждения</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="218"/>
        <source>Claim 2 %1 claim 1.</source>
        <translation>Утверждение 2 %1 утверждение 1.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="219"/>
        <source>Claim 1 %1 claim 2.</source>
        <translation>Утверждение 1 %1 утверждение 2.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="228"/>
        <source>A claim cannot be linked to itself</source>
        <translation>Утверждение нельзя связать с самим собой</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="246"/>
        <source>Remove link: %1</source>
        <translation>Убрать связь: %1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="253"/>
        <source>Edit link: %1</source>
        <translation>Изменить связь: %1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="254"/>
        <source>Link claims: %1</source>
        <translation>Связать утверждения: %1</translation>
    </message>
</context>
<context>
    <name>sightline::ui::MeasureTool</name>
    <message>
        <location filename="../libs/ui/sightline/ui/measuretool.cpp" line="133"/>
        <source>Click to start measuring; right click or double click ends</source>
        <translation>Щёлкните, чтобы начать измерение; правый или двойной щелчок завершает</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/measuretool.cpp" line="136"/>
        <source>%1 ft · %2 mi · %3 nmi</source>
        <translation>%1 фт · %2 миль · %3 мор. миль</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/measuretool.cpp" line="140"/>
        <source>%1 m · %2 km · %3 nmi</source>
        <translation>%1 м · %2 км · %3 мор. миль</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/measuretool.cpp" line="147"/>
        <source>area %1 mi² (%2 acres), perimeter </source>
        <translation>площадь %1 кв. миль (%2 акр.), периметр </translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/measuretool.cpp" line="152"/>
        <source>area %1 km² (%2 ha), perimeter </source>
        <translation>площадь %1 км² (%2 га), периметр </translation>
    </message>
</context>
<context>
    <name>sightline::ui::MergeConflictDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="24"/>
        <source>(none: deleted or not set)</source>
        <translation>(нет: удалено или не задано)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="27"/>
        <source>(a geometry)</source>
        <translation>(геометрия)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="41"/>
        <source>by %1, %2</source>
        <translation>автор: %1, %2</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="50"/>
        <source>Merge conflicts</source>
        <translation>Конфликты объединения</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="68"/>
        <source>Keep &amp;mine</source>
        <translation>Оставить &amp;мою версию</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="70"/>
        <source>Keep &amp;theirs</source>
        <translation>Оставить &amp;их версию</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="72"/>
        <source>&amp;Use this value</source>
        <translation>&amp;Использовать это значение</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="76"/>
        <source>Conflict:</source>
        <translation>Конфликт:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="77"/>
        <source>Ancestor:</source>
        <translation>Общий предок:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="78"/>
        <source>Mine:</source>
        <translation>Моя версия:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="79"/>
        <source>Theirs:</source>
        <translation>Их версия:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="80"/>
        <source>Edited:</source>
        <translation>Изменённое значение:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="138"/>
        <source>No unresolved conflicts.</source>
        <translation>Неразрешённых конфликтов нет.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="169"/>
        <source>Keep mine in a merge conflict</source>
        <translation>Оставить мою версию в конфликте объединения</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="174"/>
        <source>Keep theirs in a merge conflict</source>
        <translation>Оставить их версию в конфликте объединения</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="186"/>
        <source>Not a value: type a number, true, false or null.</source>
        <translation>Это не значение: введите число, true, false или null.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="191"/>
        <source>Edit a merge conflict&apos;s value</source>
        <translation>Изменить значение в конфликте объединения</translation>
    </message>
</context>
<context>
    <name>sightline::ui::NewProjectDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/newprojectdialog.cpp" line="18"/>
        <location filename="../libs/ui/sightline/ui/newprojectdialog.cpp" line="83"/>
        <source>New project</source>
        <translation>Новый проект</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/newprojectdialog.cpp" line="21"/>
        <source>Where the project file goes (.gpkg)</source>
        <translation>Где будет файл проекта (.gpkg)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/newprojectdialog.cpp" line="23"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/newprojectdialog.cpp" line="27"/>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/newprojectdialog.cpp" line="29"/>
        <source>The file&apos;s name</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/newprojectdialog.cpp" line="30"/>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/newprojectdialog.cpp" line="34"/>
        <source>&amp;Grading:</source>
        <translation>&amp;Оценка:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/newprojectdialog.cpp" line="36"/>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/newprojectdialog.cpp" line="39"/>
        <source>&amp;Marking:</source>
        <translation>&amp;Маркировка:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/newprojectdialog.cpp" line="47"/>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/newprojectdialog.cpp" line="84"/>
        <source>Sightline projects (*.gpkg)</source>
        <translation>Проекты Sightline (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/newprojectdialog.cpp" line="95"/>
        <source>%1 already exists; a new project is never written over a file.</source>
        <translation>%1 уже существует; новый проект никогда не записывается поверх файла.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/newprojectdialog.cpp" line="99"/>
        <source>No handling marking: briefs and exports carry none.</source>
        <translation>Без маркировки распространения: справки и экспорт её не несут.</translation>
    </message>
</context>
<context>
    <name>sightline::ui::ObjectKindForm</name>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="40"/>
        <source>Edit object kind</source>
        <translation>Изменить тип объектов</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="40"/>
        <source>Add object kind</source>
        <translation>Добавить тип объектов</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="43"/>
        <source>Fuel wagon</source>
        <translation>Цистерна</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="46"/>
        <source>How files and the command line name the kind: lower-case words joined by underscores</source>
        <translation>Как тип называют файлы и командная строка: слова строчными буквами, соединённые подчёркиваниями</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="52"/>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="53"/>
        <source>&amp;Key</source>
        <translation>К&amp;люч</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="55"/>
        <source>&amp;Colour</source>
        <translation>&amp;Цвет</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="73"/>
        <source>Colour of the kind</source>
        <translation>Цвет типа</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="98"/>
        <source>The kind needs a name.</source>
        <translation>Типу нужно название.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="100"/>
        <source>The key is not sound: use lower-case words joined by underscores, such as “fuel_wagon”.</source>
        <translation>Ключ некорректен: используйте слова строчными буквами, соединённые подчёркиваниями, например «fuel_wagon».</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="102"/>
        <source>“%1” is a built-in kind.</source>
        <translation>«%1» — встроенный тип.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="102"/>
        <source>The project has a kind “%1”.</source>
        <translation>В проекте уже есть тип «%1».</translation>
    </message>
</context>
<context>
    <name>sightline::ui::ObjectKindsDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="111"/>
        <source>Object kinds</source>
        <translation>Типы объектов</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="113"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="113"/>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="113"/>
        <source>From</source>
        <translation>Происхождение</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="113"/>
        <source>Annotations</source>
        <translation>Пометки</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="121"/>
        <source>&amp;Add kind…</source>
        <translation>&amp;Добавить тип…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="122"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="130"/>
        <source>Built-in kinds are shared by every project; kinds of this project&apos;s own can be added, renamed and recoloured.</source>
        <translation>Встроенные типы общие для всех проектов; собственные типы этого проекта можно добавлять, переименовывать и перекрашивать.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="169"/>
        <source>built in</source>
        <translation>встроенный</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="169"/>
        <source>this project</source>
        <translation>этот проект</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="187"/>
        <source>Edit kind %1</source>
        <translation>Изменить тип %1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="187"/>
        <source>Add kind %1</source>
        <translation>Добавить тип %1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="189"/>
        <source>Cannot save the kind</source>
        <translation>Не удаётся сохранить тип</translation>
    </message>
</context>
<context>
    <name>sightline::ui::OfflineAreaDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/offlineareadialog.cpp" line="23"/>
        <source>Make this area available offline</source>
        <translation>Сделать этот участок доступным офлайн</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/offlineareadialog.cpp" line="31"/>
        <source>Service</source>
        <translation>Сервис</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/offlineareadialog.cpp" line="32"/>
        <source>Area</source>
        <translation>Участок</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/offlineareadialog.cpp" line="38"/>
        <source>From zoom</source>
        <translation>С уровня масштаба</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/offlineareadialog.cpp" line="39"/>
        <source>To zoom</source>
        <translation>До уровня масштаба</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/offlineareadialog.cpp" line="43"/>
        <source>Download</source>
        <translation>Загрузить</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/offlineareadialog.cpp" line="65"/>
        <source>%1 tiles: more than the %2 a download may ask of a service. Choose fewer zoom levels or a smaller area.</source>
        <translation>Тайлов: %1 — больше, чем %2, которые одна загрузка может запросить у сервиса. Выберите меньше уровней масштаба или участок поменьше.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/offlineareadialog.cpp" line="69"/>
        <source>%1 tiles, at most %2 a second.</source>
        <translation>Тайлов: %1, не более %2 в секунду.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/offlineareadialog.cpp" line="100"/>
        <source>Cancelled after %1 tiles.</source>
        <translation>Отменено. Уже загружено тайлов: %1.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/offlineareadialog.cpp" line="101"/>
        <source>%1 tiles kept for offline use.</source>
        <translation>Тайлов сохранено для работы офлайн: %1.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/offlineareadialog.cpp" line="107"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>sightline::ui::OverviewBar</name>
    <message>
        <location filename="../libs/ui/sightline/ui/overviewbar.cpp" line="15"/>
        <source>Build overviews</source>
        <translation>Построить обзорные уровни</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/overviewbar.cpp" line="15"/>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/overviewbar.cpp" line="16"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/overviewbar.cpp" line="81"/>
        <source>%1 has no overviews: it draws slowly when zoomed out</source>
        <translation>У %1 нет обзорных уровней: при уменьшении масштаба он рисуется медленно</translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/ui/sightline/ui/overviewbar.cpp" line="82"/>
        <source>%n image(s) have no overviews: they draw slowly when zoomed out</source>
        <translation>
            <numerusform>У %n снимка нет обзорных уровней: при уменьшении масштаба он рисуется медленно</numerusform>
            <numerusform>У %n снимков нет обзорных уровней: при уменьшении масштаба они рисуются медленно</numerusform>
            <numerusform>У %n снимков нет обзорных уровней: при уменьшении масштаба они рисуются медленно</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/overviewbar.cpp" line="130"/>
        <source>Building overviews of %1 (%2 of %3)</source>
        <translation>Построение обзорных уровней %1 (%2 из %3)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/overviewbar.cpp" line="131"/>
        <source>Building overviews of %1</source>
        <translation>Построение обзорных уровней %1</translation>
    </message>
</context>
<context>
    <name>sightline::ui::PathAnnotationTool</name>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationtool.cpp" line="318"/>
        <source>Click the outline&apos;s corners around %1; double-click or Enter ends it</source>
        <translation>Щёлкайте углы контура вокруг %1; двойной щелчок или Enter завершает</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationtool.cpp" line="320"/>
        <source>Click the line&apos;s points; double-click or Enter ends it</source>
        <translation>Щёлкайте точки линии; двойной щелчок или Enter завершает</translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/ui/sightline/ui/annotationtool.cpp" line="321"/>
        <source>%n point(s); double-click or Enter ends, Backspace takes the last back, Escape drops it</source>
        <translation>
            <numerusform>%n точка; двойной щелчок или Enter завершает, Backspace убирает последнюю, Escape отменяет</numerusform>
            <numerusform>%n точки; двойной щелчок или Enter завершает, Backspace убирает последнюю, Escape отменяет</numerusform>
            <numerusform>%n точек; двойной щелчок или Enter завершает, Backspace убирает последнюю, Escape отменяет</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sightline::ui::PointAnnotationTool</name>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationtool.cpp" line="112"/>
        <source>Counting (%1): click each one; Backspace takes the last back</source>
        <extracomment>%1: the kind being counted, &quot;railcar&quot;</extracomment>
        <translation>Подсчёт (%1): щёлкните каждый; Backspace убирает последний</translation>
    </message>
</context>
<context>
    <name>sightline::ui::Preferences</name>
    <message>
        <location filename="../libs/ui/sightline/ui/preferences.cpp" line="37"/>
        <source>The settings file %1 could not be read, so Sightline starts with its default settings. The unreadable file is kept as %2.</source>
        <translation>Не удалось прочитать файл настроек %1, поэтому Sightline запускается с настройками по умолчанию. Нечитаемый файл сохранён как %2.</translation>
    </message>
</context>
<context>
    <name>sightline::ui::PreferencesDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="20"/>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="24"/>
        <source>Written as the author of every record and custody entry you make.</source>
        <translation>Указывается как автор всех ваших записей и записей цепочки хранения.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="25"/>
        <source>&amp;Analyst&apos;s name:</source>
        <translation>&amp;Имя аналитика:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="28"/>
        <source>The map&apos;s CRS when a project opens: EPSG:3857, EPSG:4326, EPSG:32652, ...</source>
        <translation>Система координат карты при открытии проекта: EPSG:3857, EPSG:4326, EPSG:32652, ...</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="29"/>
        <source>Default &amp;CRS:</source>
        <translation>&amp;Система координат по умолчанию:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="35"/>
        <source>Decimal degrees (42.42170, 130.60260)</source>
        <translation>Десятичные градусы (42.42170, 130.60260)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="36"/>
        <source>Degrees, minutes, seconds (42°25′18.1″N)</source>
        <translation>Градусы, минуты, секунды (42°25′18.1″N)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="37"/>
        <source>MGRS (52TGN 08553 96738)</source>
        <translation>MGRS (52TGN 08553 96738)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="39"/>
        <source>C&amp;oordinates:</source>
        <translation>&amp;Формат координат:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="42"/>
        <source>Metric (m, km)</source>
        <translation>Метрические (м, км)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="43"/>
        <source>Imperial (ft, mi)</source>
        <translation>Имперские (футы, мили)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="45"/>
        <source>&amp;Units:</source>
        <translation>&amp;Единицы:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="49"/>
        <source> MB</source>
        <translation> МБ</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="51"/>
        <source>&amp;Tile cache:</source>
        <translation>&amp;Кэш тайлов:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="53"/>
        <source>Fetch basemap tiles from the &amp;network</source>
        <translation>Загружать тайлы базовой карты из се&amp;ти</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="58"/>
        <source>The system&apos;s language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="62"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="68"/>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="72"/>
        <source>New projects&apos; &amp;marking:</source>
        <translation>&amp;Маркировка новых проектов:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="112"/>
        <source>The language changes when Sightline starts again.</source>
        <translation>Язык сменится после перезапуска Sightline.</translation>
    </message>
</context>
<context>
    <name>sightline::ui::ReviewView</name>
    <message>
        <location filename="../libs/ui/sightline/ui/reviewview.cpp" line="29"/>
        <location filename="../libs/ui/sightline/ui/reviewview.cpp" line="146"/>
        <source>Mark reviewed</source>
        <translation>Отметить как проверенное</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/reviewview.cpp" line="32"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/reviewview.cpp" line="32"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/reviewview.cpp" line="32"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/reviewview.cpp" line="32"/>
        <source>Raised</source>
        <translation>Выявлено</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/reviewview.cpp" line="42"/>
        <source>Note (optional)</source>
        <translation>Заметка (необязательно)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/reviewview.cpp" line="148"/>
        <source>Could not mark the record reviewed: %1</source>
        <translation>Не удалось отметить запись как проверенную: %1</translation>
    </message>
</context>
<context>
    <name>sightline::ui::SceneChoice</name>
    <message>
        <location filename="../libs/core/sightline/core/scene.cpp" line="124"/>
        <source>undated</source>
        <translation>без даты</translation>
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
        <translation>пусто для момента</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="46"/>
        <source>WorldView-3, Pléiades Neo …</source>
        <translation>WorldView-3, Pléiades Neo …</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="47"/>
        <source>degrees, 0–90</source>
        <translation>градусы, 0–90</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="48"/>
        <source>per cent, 0–100</source>
        <translation>проценты, 0–100</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="51"/>
        <source>Details of %1</source>
        <translation>Сведения о %1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="63"/>
        <source>A time, a day, a month or a year (2023-10-05T02:14Z, 2023-10-05, 2023-10); &quot;..&quot; for an open start</source>
        <translation>Время, день, месяц или год (2023-10-05T02:14Z, 2023-10-05, 2023-10); «..» — открытое начало</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="65"/>
        <source>The end of the range the provider gives; empty for one instant, &quot;..&quot; for an open end</source>
        <translation>Конец промежутка, указанного поставщиком; пусто для одного момента, «..» — открытый конец</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="77"/>
        <source>Provider</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="78"/>
        <source>Provider&apos;s scene id</source>
        <translation>Идентификатор снимка у поставщика</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="79"/>
        <source>Acquired (start or instant)</source>
        <translation>Снято (начало или момент)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="80"/>
        <source>Acquired until (end of range)</source>
        <translation>Снято до (конец промежутка)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="81"/>
        <source>Sensor</source>
        <translation>Сенсор</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="82"/>
        <source>Off-nadir angle (°)</source>
        <translation>Угол отклонения от надира (°)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="83"/>
        <source>Cloud cover (%)</source>
        <translation>Облачность (%)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="84"/>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="85"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="123"/>
        <source>Give the start, or &quot;..&quot; when only the end is known</source>
        <translation>Укажите начало или «..», если известен только конец</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="130"/>
        <source>The end of the range must come after its start</source>
        <translation>Конец промежутка должен быть позже начала</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="136"/>
        <source>Not a time: %1</source>
        <translation>Это не время: %1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="160"/>
        <source>An angle from 0 to 90 degrees, or empty when unknown</source>
        <translation>Угол от 0 до 90 градусов или пусто, если неизвестно</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="162"/>
        <source>A percentage from 0 to 100, or empty when unknown</source>
        <translation>Процент от 0 до 100 или пусто, если неизвестно</translation>
    </message>
</context>
<context>
    <name>sightline::ui::SceneDisplayDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedisplaydialog.cpp" line="42"/>
        <source>Display of %1</source>
        <translation>Отображение %1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedisplaydialog.cpp" line="46"/>
        <source>from the file</source>
        <translation>из файла</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedisplaydialog.cpp" line="50"/>
        <source>Automatic (8-bit as it is, others 2–98 %)</source>
        <translation>Автоматически (8-битные как есть, прочие 2–98 %)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedisplaydialog.cpp" line="51"/>
        <source>None (the pixel type&apos;s range)</source>
        <translation>Нет (диапазон типа пикселя)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedisplaydialog.cpp" line="52"/>
        <source>Darkest to brightest value</source>
        <translation>От самого тёмного до самого светлого значения</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedisplaydialog.cpp" line="53"/>
        <source>Percentiles</source>
        <translation>Процентили</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedisplaydialog.cpp" line="54"/>
        <source>Fixed values</source>
        <translation>Фиксированные значения</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedisplaydialog.cpp" line="58"/>
        <source>Bands (red, green, blue)</source>
        <translation>Каналы (красный, зелёный, синий)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedisplaydialog.cpp" line="59"/>
        <source>Stretch</source>
        <translation>Растяжка</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedisplaydialog.cpp" line="60"/>
        <source>Percentiles (low, high)</source>
        <translation>Процентили (нижний, верхний)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedisplaydialog.cpp" line="61"/>
        <source>Lowest values (red, green, blue)</source>
        <translation>Наименьшие значения (красный, зелёный, синий)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedisplaydialog.cpp" line="62"/>
        <source>Highest values (red, green, blue)</source>
        <translation>Наибольшие значения (красный, зелёный, синий)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedisplaydialog.cpp" line="63"/>
        <source>Gamma</source>
        <translation>Гамма</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedisplaydialog.cpp" line="64"/>
        <source>Brightness</source>
        <translation>Яркость</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedisplaydialog.cpp" line="65"/>
        <source>Contrast</source>
        <translation>Контраст</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedisplaydialog.cpp" line="66"/>
        <source>Opacity</source>
        <translation>Непрозрачность</translation>
    </message>
</context>
<context>
    <name>sightline::ui::SearchPanel</name>
    <message>
        <location filename="../libs/ui/sightline/ui/searchpanel.cpp" line="26"/>
        <source>Search sources, claims, sites, events, captures</source>
        <translation>Поиск по источникам, утверждениям, местам, событиям, архивным копиям</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/searchpanel.cpp" line="29"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/searchpanel.cpp" line="29"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/searchpanel.cpp" line="29"/>
        <source>Match</source>
        <translation>Совпадение</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/searchpanel.cpp" line="72"/>
        <source>Cannot search for this: %1</source>
        <translation>Невозможно искать такое: %1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/searchpanel.cpp" line="80"/>
        <source>%1 (captured text)</source>
        <translation>%1 (текст архивной копии)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/searchpanel.cpp" line="87"/>
        <source>Nothing found.</source>
        <translation>Ничего не найдено.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/searchpanel.cpp" line="88"/>
        <source>The first %1 hits.</source>
        <translation>Первые совпадения (%1).</translation>
    </message>
</context>
<context>
    <name>sightline::ui::SelectAnnotationsTool</name>
    <message numerus="yes">
        <location filename="../libs/ui/sightline/ui/selectannotationstool.cpp" line="259"/>
        <source>Move %n annotation(s)</source>
        <translation>
            <numerusform>Переместить %n пометку</numerusform>
            <numerusform>Переместить %n пометки</numerusform>
            <numerusform>Переместить %n пометок</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/selectannotationstool.cpp" line="339"/>
        <source>Click an annotation to select it, or drag a band around several (Shift adds)</source>
        <translation>Щёлкните пометку, чтобы выбрать её, или обведите рамкой несколько (Shift добавляет)</translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/ui/sightline/ui/selectannotationstool.cpp" line="340"/>
        <source>%n annotation(s) selected: drag to move, drag a corner to reshape or the round handle to turn, double-click for details, Delete removes</source>
        <translation>
            <numerusform>Выбрана %n пометка: тяните, чтобы переместить, тяните угол, чтобы изменить форму, или круглый маркер, чтобы повернуть, двойной щелчок — сведения, Delete удаляет</numerusform>
            <numerusform>Выбрано %n пометки: тяните, чтобы переместить, тяните угол, чтобы изменить форму, или круглый маркер, чтобы повернуть, двойной щелчок — сведения, Delete удаляет</numerusform>
            <numerusform>Выбрано %n пометок: тяните, чтобы переместить, тяните угол, чтобы изменить форму, или круглый маркер, чтобы повернуть, двойной щелчок — сведения, Delete удаляет</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sightline::ui::SeriesView</name>
    <message>
        <location filename="../libs/ui/sightline/ui/seriesview.cpp" line="27"/>
        <source>Site:</source>
        <translation>Место:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/seriesview.cpp" line="29"/>
        <source>Kind:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/seriesview.cpp" line="31"/>
        <source>Baseline to:</source>
        <translation>Базовый период до:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/seriesview.cpp" line="33"/>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/seriesview.cpp" line="34"/>
        <source>The values from the series&apos; start to this date make the baseline (median and maximum); newer values above its maximum are flagged.</source>
        <translation>Значения от начала ряда до этой даты составляют базовый период (медиана и максимум); более новые значения выше его максимума отмечаются.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/seriesview.cpp" line="132"/>
        <source>Baseline to &quot;%1&quot; is not a date (%2)</source>
        <translation>Конец базового периода «%1» — не дата (%2)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/seriesview.cpp" line="136"/>
        <source>%1 at %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/seriesview.cpp" line="177"/>
        <source>No counts or reported figures of this kind at this site yet: count on a scene, or record a claim&apos;s figure as an observation</source>
        <translation>В этом месте ещё нет подсчётов или сообщённых цифр этого типа: посчитайте на снимке или запишите цифру утверждения как наблюдение</translation>
    </message>
</context>
<context>
    <name>sightline::ui::ShortcutsDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/shortcutsdialog.cpp" line="41"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/shortcutsdialog.cpp" line="44"/>
        <source>Shortcut</source>
        <translation>Сочетание клавиш</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/shortcutsdialog.cpp" line="44"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/shortcutsdialog.cpp" line="44"/>
        <source>Menu</source>
        <translation>Меню</translation>
    </message>
</context>
<context>
    <name>sightline::ui::SiteDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/sitedialog.cpp" line="21"/>
        <source>New site</source>
        <translation>Новое место</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitedialog.cpp" line="21"/>
        <source>Edit site</source>
        <translation>Изменить место</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitedialog.cpp" line="27"/>
        <source>ISO code, e.g. KP</source>
        <translation>Код ISO, напр. KP</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitedialog.cpp" line="34"/>
        <source>Where the position comes from, and how precise it is</source>
        <translation>Откуда взято положение и насколько оно точно</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitedialog.cpp" line="36"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitedialog.cpp" line="37"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitedialog.cpp" line="38"/>
        <source>Aliases</source>
        <translation>Другие названия</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitedialog.cpp" line="39"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitedialog.cpp" line="40"/>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitedialog.cpp" line="41"/>
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitedialog.cpp" line="42"/>
        <source>Position source</source>
        <translation>Источник положения</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitedialog.cpp" line="54"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
</context>
<context>
    <name>sightline::ui::SiteEditor</name>
    <message>
        <location filename="../libs/ui/sightline/ui/siteeditor.cpp" line="27"/>
        <source>Cannot make this change</source>
        <translation>Это изменение невозможно внести</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/siteeditor.cpp" line="39"/>
        <source>placed on the map by %1</source>
        <translation>поставлено на карте: %1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/siteeditor.cpp" line="44"/>
        <source>Add site %1</source>
        <translation>Добавить место %1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/siteeditor.cpp" line="55"/>
        <source>Edit site %1</source>
        <translation>Изменить место %1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/siteeditor.cpp" line="64"/>
        <source>Move site %1</source>
        <translation>Переместить место %1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/siteeditor.cpp" line="74"/>
        <source>Delete site %1</source>
        <translation>Удалить место %1</translation>
    </message>
</context>
<context>
    <name>sightline::ui::SitePanel</name>
    <message>
        <location filename="../libs/ui/sightline/ui/sitepanel.cpp" line="23"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitepanel.cpp" line="24"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitepanel.cpp" line="24"/>
        <source>Zoom to</source>
        <translation>Приблизить</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitepanel.cpp" line="29"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitepanel.cpp" line="30"/>
        <source>Add a site in the middle of the map (or click on the map with the edit-sites tool)</source>
        <translation>Добавить место в центре карты (или щёлкните на карте инструментом редактирования мест)</translation>
    </message>
</context>
<context>
    <name>sightline::ui::SiteScenesPanel</name>
    <message>
        <location filename="../libs/ui/sightline/ui/sitescenespanel.cpp" line="24"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitescenespanel.cpp" line="24"/>
        <source>Provider</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitescenespanel.cpp" line="24"/>
        <source>Resolution</source>
        <translation>Разрешение</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitescenespanel.cpp" line="24"/>
        <source>Scene</source>
        <translation>Снимок</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitescenespanel.cpp" line="29"/>
        <source>Double-click a scene to compare it with the one before it</source>
        <translation>Дважды щёлкните снимок, чтобы сравнить его с предыдущим</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitescenespanel.cpp" line="82"/>
        <source>Select a site to list the scenes that cover it.</source>
        <translation>Выберите место, чтобы увидеть снимки, которые его покрывают.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitescenespanel.cpp" line="84"/>
        <source>No scene covers %1.</source>
        <translation>Ни один снимок не покрывает %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/ui/sightline/ui/sitescenespanel.cpp" line="86"/>
        <source>%n scene(s) cover %1, oldest first:</source>
        <translation>
            <numerusform>%1 покрывает %n снимок, сначала самые ранние:</numerusform>
            <numerusform>%1 покрывают %n снимка, сначала самые ранние:</numerusform>
            <numerusform>%1 покрывают %n снимков, сначала самые ранние:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitescenespanel.cpp" line="90"/>
        <source>undated</source>
        <translation>без даты</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitescenespanel.cpp" line="91"/>
        <source>%1 local time, zone unknown</source>
        <translation>%1 по местному времени, часовой пояс неизвестен</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitescenespanel.cpp" line="95"/>
        <source>%1 m</source>
        <translation>%1 м</translation>
    </message>
</context>
<context>
    <name>sightline::ui::SourceDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="30"/>
        <source>New source</source>
        <translation>Новый источник</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="30"/>
        <source>Edit source</source>
        <translation>Изменить источник</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="40"/>
        <source>%1: how reliable the source has been, judged apart from this piece of information</source>
        <translation>%1: насколько надёжным был источник до сих пор, оценивается отдельно от этой информации</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="42"/>
        <source>Separated by semicolons</source>
        <translation>Через точку с запятой</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="45"/>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="54"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="55"/>
        <source>Publisher</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="56"/>
        <source>Authors</source>
        <translation>Авторы</translation>
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
        <translation>Опубликовано</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="59"/>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="78"/>
        <source>Accessed</source>
        <translation>Просмотрено</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="60"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="61"/>
        <source>Reliability</source>
        <translation>Надёжность</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="62"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="77"/>
        <source>A source needs a title or a publisher.</source>
        <translation>Источнику нужно название или издатель.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="80"/>
        <source>%1: &quot;%2&quot; is not a date (YYYY-MM-DD).</source>
        <translation>%1: «%2» — не дата (ГГГГ-ММ-ДД).</translation>
    </message>
</context>
<context>
    <name>sightline::ui::SourcePanel</name>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="44"/>
        <source>Search sources</source>
        <translation>Поиск источников</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="78"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="79"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="80"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="81"/>
        <source>Attach file…</source>
        <translation>Прикрепить файл…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="82"/>
        <source>Store a file (PDF, web page, image, any file) in the project as a capture of this source</source>
        <translation>Сохранить файл (PDF, веб-страницу, изображение, любой файл) в проекте как архивную копию этого источника</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="83"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="84"/>
        <source>Export capture…</source>
        <translation>Экспортировать архивную копию…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="85"/>
        <source>Write the capture&apos;s stored bytes to a file; the custody log records the export</source>
        <translation>Записать сохранённые байты архивной копии в файл; журнал цепочки хранения фиксирует экспорт</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="233"/>
        <source>Captures: choose a source above</source>
        <translation>Архивные копии: выберите источник выше</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="242"/>
        <source>(unnamed)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="245"/>
        <source>captured %1 by %2</source>
        <translation>сохранено %1, автор: %2</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="249"/>
        <source>Media type: %1
SHA-256: %2
Size: %3 bytes
Original URL: %4</source>
        <translation>Тип данных: %1
SHA-256: %2
Размер: %3 байт
Исходный URL: %4</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="252"/>
        <source>not recorded</source>
        <translation>не записан</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="255"/>
        <source>Captures of %1: %2</source>
        <translation>Архивные копии %1: %2</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="267"/>
        <source>Cannot make this change</source>
        <translation>Это изменение невозможно внести</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="284"/>
        <source>Add source %1</source>
        <translation>Добавить источник %1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="300"/>
        <source>Edit source %1</source>
        <translation>Изменить источник %1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="318"/>
        <source>“%1” still has %2 claims, %3 captures and %4 links or attributions. Delete or move them first.</source>
        <translation>У «%1» ещё есть утверждения (%2), архивные копии (%3) и связи или атрибуции (%4). Сначала удалите или перенесите их.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="331"/>
        <source>Cannot delete source</source>
        <translation>Не удаётся удалить источник</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="335"/>
        <source>Delete source %1</source>
        <translation>Удалить источник %1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="352"/>
        <source>Attach a capture</source>
        <translation>Прикрепить архивную копию</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="353"/>
        <source>Captures (*.pdf *.html *.htm *.txt *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Архивные копии (*.pdf *.html *.htm *.txt *.png *.jpg *.jpeg);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="367"/>
        <source>Attach %1</source>
        <translation>Прикрепить %1</translation>
    </message>
</context>
<context>
    <name>sightline::ui::SourceTableModel</name>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcetablemodel.cpp" line="77"/>
        <source>Grading history:</source>
        <translation>История оценки:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcetablemodel.cpp" line="79"/>
        <source>%1 on %2 by %3</source>
        <translation>%1, %2, автор: %3</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcetablemodel.cpp" line="87"/>
        <source>no changes recorded</source>
        <translation>изменений не записано</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcetablemodel.cpp" line="110"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcetablemodel.cpp" line="110"/>
        <source>Reliability</source>
        <translation>Надёжность</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcetablemodel.cpp" line="110"/>
        <source>Publisher</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcetablemodel.cpp" line="111"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcetablemodel.cpp" line="111"/>
        <source>Captures</source>
        <translation>Архивные копии</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcetablemodel.cpp" line="111"/>
        <source>Claims</source>
        <translation>Утверждения</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcetablemodel.cpp" line="112"/>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
</context>
<context>
    <name>sightline::ui::StartPage</name>
    <message>
        <location filename="../libs/ui/sightline/ui/startpage.cpp" line="14"/>
        <source>Open the &amp;demo case</source>
        <translation>Открыть &amp;демонстрационное расследование</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/startpage.cpp" line="14"/>
        <source>&amp;Open a project…</source>
        <translation>&amp;Открыть проект…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/startpage.cpp" line="15"/>
        <source>&amp;New project…</source>
        <translation>&amp;Новый проект…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/startpage.cpp" line="18"/>
        <source>&lt;h1&gt;Sightline&lt;/h1&gt;&lt;p&gt;Open a project to begin, or try the demo case.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Sightline&lt;/h1&gt;&lt;p&gt;Откройте проект, чтобы начать, или попробуйте демонстрационное расследование.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/startpage.cpp" line="25"/>
        <source>No recent projects.</source>
        <translation>Недавних проектов нет.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/startpage.cpp" line="26"/>
        <source>&lt;b&gt;Recent projects&lt;/b&gt;</source>
        <translation>&lt;b&gt;Недавние проекты&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/startpage.cpp" line="52"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/startpage.cpp" line="53"/>
        <source>%1 — missing (%2)</source>
        <translation>%1 — не найден (%2)</translation>
    </message>
</context>
<context>
    <name>sightline::ui::TallyPanel</name>
    <message>
        <location filename="../libs/ui/sightline/ui/tallypanel.cpp" line="17"/>
        <source>Object kind</source>
        <translation>Тип объектов</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/tallypanel.cpp" line="17"/>
        <source>On the scene</source>
        <translation>На снимке</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/tallypanel.cpp" line="17"/>
        <source>At the site</source>
        <translation>В месте</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/tallypanel.cpp" line="56"/>
        <source>Count on a scene: select one, or click inside one with the point tool</source>
        <translation>Подсчёт на снимке: выберите снимок или щёлкните внутри него инструментом точек</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/tallypanel.cpp" line="57"/>
        <source>Scene %1</source>
        <translation>Снимок %1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/tallypanel.cpp" line="58"/>
        <source>Scene %1 at %2</source>
        <translation>Снимок %1 — %2</translation>
    </message>
</context>
<context>
    <name>sightline::ui::TimelineView</name>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="72"/>
        <source>Lanes by site</source>
        <translation>Полосы по местам</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="73"/>
        <source>Lanes by source</source>
        <translation>Полосы по источникам</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="74"/>
        <source>Lanes by kind</source>
        <translation>Полосы по типам</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="80"/>
        <source>Step: 1 day</source>
        <translation>Шаг: 1 день</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="80"/>
        <source>Step: 1 week</source>
        <translation>Шаг: 1 неделя</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="81"/>
        <source>Step: 1 month</source>
        <translation>Шаг: 1 месяц</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="81"/>
        <source>Step: 1 year</source>
        <translation>Шаг: 1 год</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="87"/>
        <source>Step the time window back (Left)</source>
        <translation>Сдвинуть окно времени назад (стрелка влево)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="90"/>
        <source>Play or pause: step the window forward (Space)</source>
        <translation>Воспроизведение или пауза: шаг за шагом вперёд (пробел)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="92"/>
        <source>Step the time window forward (Right)</source>
        <translation>Сдвинуть окно времени вперёд (стрелка вправо)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="96"/>
        <source>From (2023-10-05)</source>
        <translation>С (2023-10-05)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="97"/>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="316"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="103"/>
        <source>Show all</source>
        <translation>Показать всё</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="106"/>
        <source>All time</source>
        <translation>Всё время</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="107"/>
        <source>Clear the time window: the map shows everything (Esc)</source>
        <translation>Сбросить окно времени: карта показывает всё (Esc)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="111"/>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="112"/>
        <source>Local time (%1)</source>
        <translation>Местное время (%1)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="113"/>
        <source>The zone the axis is read in; a date without a time covers its own day in either</source>
        <translation>Часовой пояс оси; дата без времени в любом из них охватывает весь свой день</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="119"/>
        <source>New event…</source>
        <translation>Новое событие…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="131"/>
        <source>Window:</source>
        <translation>Окно:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="316"/>
        <source>From</source>
        <translation>С</translation>
    </message>
</context>
<context>
    <name>sightline::ui::ZoomBoxTool</name>
    <message>
        <location filename="../libs/ui/sightline/ui/zoomboxtool.cpp" line="59"/>
        <source>Drag a box to zoom to it</source>
        <translation>Обведите прямоугольник, чтобы приблизить его</translation>
    </message>
</context>
</TS>
