<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>AnnotateActions</name>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="38"/>
        <source>&amp;Annotate</source>
        <translation>Розміт&amp;ка</translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="39"/>
        <source>Annotate</source>
        <translation>Розмітка</translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="47"/>
        <source>&amp;Select and move annotations</source>
        <translation>&amp;Вибрати й перемістити позначки</translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="48"/>
        <source>&amp;Count: a point a click</source>
        <translation>&amp;Лічба: точка за клацання</translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="49"/>
        <source>&amp;Box</source>
        <translation>&amp;Прямокутник</translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="50"/>
        <source>&amp;Polygon</source>
        <translation>&amp;Багатокутник</translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="51"/>
        <source>&amp;Line</source>
        <translation>&amp;Лінія</translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="52"/>
        <source>Call&amp;out</source>
        <translation>&amp;Виноска</translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="62"/>
        <source>&amp;Copy selected annotations</source>
        <translation>&amp;Копіювати вибрані позначки</translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="65"/>
        <source>&amp;Paste annotations onto the selected scene</source>
        <translation>&amp;Вставити позначки на вибраний знімок</translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="72"/>
        <source>&amp;Delete selected annotations</source>
        <translation>В&amp;идалити вибрані позначки</translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="74"/>
        <source>Annotation &amp;details…</source>
        <translation>&amp;Дані позначки…</translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="83"/>
        <source>Object &amp;kinds…</source>
        <translation>&amp;Типи об&apos;єктів…</translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="94"/>
        <source>The object kind new annotations mark</source>
        <translation>Тип об&apos;єктів, які позначатимуть нові позначки</translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="98"/>
        <source>How many objects a new box or polygon holds</source>
        <translation>Скільки об&apos;єктів охоплює новий прямокутник чи багатокутник</translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="103"/>
        <source>How sure the count or identification is</source>
        <translation>Наскільки певні лічба чи розпізнавання</translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="104"/>
        <source> Kind </source>
        <translation> Тип </translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="106"/>
        <source> Count </source>
        <translation> Кількість </translation>
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
        <translation>&amp;Додати джерело базової карти…</translation>
    </message>
    <message>
        <location filename="../app/sightline/basemapactions.cpp" line="106"/>
        <source>&amp;Remove this source</source>
        <translation>&amp;Вилучити це джерело</translation>
    </message>
    <message>
        <location filename="../app/sightline/basemapactions.cpp" line="110"/>
        <source>Make this area available &amp;offline…</source>
        <translation>Зробити цю ділянку доступною &amp;офлайн…</translation>
    </message>
    <message>
        <location filename="../app/sightline/basemapactions.cpp" line="114"/>
        <source>&amp;Clear tile cache (%1 MiB)</source>
        <translation>Очистити &amp;кеш тайлів (%1 МіБ)</translation>
    </message>
    <message>
        <location filename="../app/sightline/basemapactions.cpp" line="129"/>
        <source>Cannot use this basemap</source>
        <translation>Не вдається використати цю базову карту</translation>
    </message>
    <message>
        <location filename="../app/sightline/basemapactions.cpp" line="134"/>
        <source>Show Natural Earth</source>
        <translation>Показати Natural Earth</translation>
    </message>
    <message>
        <location filename="../app/sightline/basemapactions.cpp" line="134"/>
        <source>Show basemap %1</source>
        <translation>Показати базову карту %1</translation>
    </message>
    <message>
        <location filename="../app/sightline/basemapactions.cpp" line="157"/>
        <source>Add basemap %1</source>
        <translation>Додати базову карту %1</translation>
    </message>
    <message>
        <location filename="../app/sightline/basemapactions.cpp" line="168"/>
        <source>Remove basemap %1</source>
        <translation>Видалити базову карту %1</translation>
    </message>
    <message>
        <location filename="../app/sightline/basemapactions.cpp" line="146"/>
        <location filename="../app/sightline/basemapactions.cpp" line="152"/>
        <source>Cannot add the source</source>
        <translation>Не вдається додати джерело</translation>
    </message>
    <message>
        <location filename="../app/sightline/basemapactions.cpp" line="147"/>
        <source>A basemap source is already named %1.</source>
        <translation>Джерело базової карти з назвою %1 уже є.</translation>
    </message>
    <message>
        <location filename="../app/sightline/basemapactions.cpp" line="200"/>
        <source>%1 tiles kept for offline use</source>
        <translation>Тайлів збережено для роботи офлайн: %1</translation>
    </message>
    <message>
        <location filename="../app/sightline/basemapactions.cpp" line="210"/>
        <source>Cannot clear the tile cache</source>
        <translation>Не вдається очистити кеш тайлів</translation>
    </message>
    <message>
        <location filename="../app/sightline/basemapactions.cpp" line="212"/>
        <source>Tile cache cleared</source>
        <translation>Кеш тайлів очищено</translation>
    </message>
</context>
<context>
    <name>CaptureExport</name>
    <message>
        <location filename="../libs/ui/sightline/ui/captureexportdialog.cpp" line="18"/>
        <source>Exported %1 (%2, SHA-256 %3)</source>
        <translation>Експортовано %1 (%2, SHA-256 %3)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureexportdialog.cpp" line="34"/>
        <source>Export capture</source>
        <translation>Експорт архівної копії</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureexportdialog.cpp" line="39"/>
        <source>Cannot export capture</source>
        <translation>Не вдається експортувати архівну копію</translation>
    </message>
</context>
<context>
    <name>ClaimWords</name>
    <message>
        <location filename="../libs/present/sightline/present/claimwords.cpp" line="17"/>
        <source>citing %1</source>
        <translation>з посиланням на %1</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/claimwords.cpp" line="80"/>
        <source>dismissed: linked as not contradicting</source>
        <translation>відхилено: зв&apos;язано як несуперечливі</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/claimwords.cpp" line="81"/>
        <source>dismissed: %1</source>
        <translation>відхилено: %1</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/claimwords.cpp" line="83"/>
        <source>the figures alone could not both be true</source>
        <translation>самі лише числа не можуть бути правдивими водночас</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/claimwords.cpp" line="90"/>
        <source>the figures cannot both be true</source>
        <translation>обидва числа не можуть бути правдивими</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/claimwords.cpp" line="92"/>
        <source>linked as contradicting</source>
        <translation>зв&apos;язано як суперечливі</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="60"/>
        <source>Unreviewed</source>
        <translation>Не перевірено</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="61"/>
        <source>Accepted</source>
        <translation>Прийнято</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="62"/>
        <source>Disputed</source>
        <translation>Спірне</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="63"/>
        <source>Rejected</source>
        <translation>Відхилено</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="64"/>
        <source>Needs review</source>
        <translation>Потребує перевірки</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="113"/>
        <source>Links: %1 (%2)</source>
        <translation>Зв&apos;язки: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>CompareActions</name>
    <message>
        <location filename="../app/sightline/compareactions.cpp" line="31"/>
        <source>&amp;Flicker between the selected scene and the one before it</source>
        <translation>&amp;Перемикати вибраний знімок і попередній</translation>
    </message>
    <message>
        <location filename="../app/sightline/compareactions.cpp" line="33"/>
        <source>&amp;End flicker</source>
        <translation>&amp;Завершити перемикання</translation>
    </message>
    <message>
        <location filename="../app/sightline/compareactions.cpp" line="34"/>
        <source>&amp;Compare side by side…</source>
        <translation>&amp;Порівняти поруч…</translation>
    </message>
    <message>
        <location filename="../app/sightline/compareactions.cpp" line="38"/>
        <source>Scenes of this site</source>
        <translation>Знімки цього місця</translation>
    </message>
    <message>
        <location filename="../app/sightline/compareactions.cpp" line="76"/>
        <source>Flicker needs two scenes of one place: select a scene that has an earlier one, or show two scenes</source>
        <translation>Для перемикання потрібні два знімки одного місця: виберіть знімок, що має попередній, або покажіть два знімки</translation>
    </message>
    <message>
        <location filename="../app/sightline/compareactions.cpp" line="86"/>
        <source>Flicker: %1 (%2)   F swaps, Shift+F ends</source>
        <translation>Перемикання: %1 (%2)   F — змінити, Shift+F — завершити</translation>
    </message>
    <message>
        <location filename="../app/sightline/compareactions.cpp" line="87"/>
        <source>before</source>
        <translation>до</translation>
    </message>
    <message>
        <location filename="../app/sightline/compareactions.cpp" line="87"/>
        <source>after</source>
        <translation>після</translation>
    </message>
    <message>
        <location filename="../app/sightline/compareactions.cpp" line="105"/>
        <source>Compare scenes — Sightline</source>
        <translation>Порівняння знімків — Sightline</translation>
    </message>
</context>
<context>
    <name>CountWords</name>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="39"/>
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n твердження</numerusform>
            <numerusform>%n твердження</numerusform>
            <numerusform>%n тверджень</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="40"/>
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n група</numerusform>
            <numerusform>%n групи</numerusform>
            <numerusform>%n груп</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="41"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n суперечність</numerusform>
            <numerusform>%n суперечності</numerusform>
            <numerusform>%n суперечностей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="42"/>
        <source>%n judgment(s)</source>
        <translation>
            <numerusform>%n висновок</numerusform>
            <numerusform>%n висновки</numerusform>
            <numerusform>%n висновків</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="43"/>
        <source>%n need(s) review</source>
        <translation>
            <numerusform>%n потребує перевірки</numerusform>
            <numerusform>%n потребують перевірки</numerusform>
            <numerusform>%n потребують перевірки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="44"/>
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n збіг</numerusform>
            <numerusform>%n збіги</numerusform>
            <numerusform>%n збігів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="45"/>
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n версія</numerusform>
            <numerusform>%n версії</numerusform>
            <numerusform>%n версій</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="46"/>
        <source>%n capture(s)</source>
        <translation>
            <numerusform>%n архівна копія</numerusform>
            <numerusform>%n архівні копії</numerusform>
            <numerusform>%n архівних копій</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="47"/>
        <source>%n scene(s)</source>
        <translation>
            <numerusform>%n знімок</numerusform>
            <numerusform>%n знімки</numerusform>
            <numerusform>%n знімків</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="48"/>
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n місце</numerusform>
            <numerusform>%n місця</numerusform>
            <numerusform>%n місць</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="49"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n подія</numerusform>
            <numerusform>%n події</numerusform>
            <numerusform>%n подій</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="50"/>
        <source>%n observation(s)</source>
        <translation>
            <numerusform>%n спостереження</numerusform>
            <numerusform>%n спостереження</numerusform>
            <numerusform>%n спостережень</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="51"/>
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n джерело</numerusform>
            <numerusform>%n джерела</numerusform>
            <numerusform>%n джерел</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="52"/>
        <source>%n other record(s)</source>
        <translation>
            <numerusform>%n інший запис</numerusform>
            <numerusform>%n інші записи</numerusform>
            <numerusform>%n інших записів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Custody</name>
    <message>
        <location filename="../libs/present/sightline/present/custodywords.cpp" line="11"/>
        <source>%1 %2 by %3</source>
        <translation>%1 %2, виконавець: %3</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/custodywords.cpp" line="20"/>
        <source>Custody: no entries</source>
        <translation>Ланцюг зберігання: записів немає</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/custodywords.cpp" line="21"/>
        <source>Custody: %1 (%2 in the log)</source>
        <translation>Ланцюг зберігання: %1 (%2 у журналі)</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <location filename="../app/sightline/editactions.cpp" line="22"/>
        <source>&amp;Edit</source>
        <translation>&amp;Редагування</translation>
    </message>
    <message>
        <location filename="../app/sightline/editactions.cpp" line="23"/>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <location filename="../app/sightline/editactions.cpp" line="25"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <location filename="../app/sightline/editactions.cpp" line="33"/>
        <source>&amp;Delete selected</source>
        <translation>&amp;Видалити вибране</translation>
    </message>
    <message>
        <location filename="../app/sightline/editactions.cpp" line="39"/>
        <source>&amp;Grading scheme</source>
        <translation>&amp;Схема оцінювання</translation>
    </message>
    <message>
        <location filename="../app/sightline/editactions.cpp" line="41"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Налаштування…</translation>
    </message>
    <message>
        <location filename="../app/sightline/editactions.cpp" line="53"/>
        <source>Grading scheme: %1</source>
        <translation>Схема оцінювання: %1</translation>
    </message>
    <message>
        <location filename="../app/sightline/editactions.cpp" line="55"/>
        <source>Grading scheme</source>
        <translation>Схема оцінювання</translation>
    </message>
</context>
<context>
    <name>EventCommands</name>
    <message>
        <location filename="../libs/edit/sightline/edit/eventcommands.cpp" line="18"/>
        <location filename="../libs/edit/sightline/edit/eventcommands.cpp" line="36"/>
        <source>Edit event %1</source>
        <translation>Редагувати подію %1</translation>
    </message>
    <message>
        <location filename="../libs/edit/sightline/edit/eventcommands.cpp" line="19"/>
        <location filename="../libs/edit/sightline/edit/eventcommands.cpp" line="37"/>
        <source>Add event %1</source>
        <translation>Додати подію %1</translation>
    </message>
    <message>
        <location filename="../libs/edit/sightline/edit/eventcommands.cpp" line="57"/>
        <source>Move event %1</source>
        <translation>Перемістити подію %1</translation>
    </message>
</context>
<context>
    <name>EvidenceActions</name>
    <message>
        <location filename="../app/sightline/evidenceactions.cpp" line="22"/>
        <source>Evi&amp;dence</source>
        <translation>&amp;Докази</translation>
    </message>
    <message>
        <location filename="../app/sightline/evidenceactions.cpp" line="23"/>
        <source>&amp;Link claims…</source>
        <translation>&amp;Зв&apos;язати твердження…</translation>
    </message>
    <message>
        <location filename="../app/sightline/evidenceactions.cpp" line="26"/>
        <source>Link the two selected claims, or the selected claim to another one</source>
        <translation>Зв&apos;язати два вибрані твердження або вибране твердження з іншим</translation>
    </message>
    <message>
        <location filename="../app/sightline/evidenceactions.cpp" line="29"/>
        <source>&amp;Record as observation</source>
        <translation>Записати як &amp;спостереження</translation>
    </message>
    <message>
        <location filename="../app/sightline/evidenceactions.cpp" line="44"/>
        <location filename="../app/sightline/evidenceactions.cpp" line="47"/>
        <source>Choose one claim</source>
        <translation>Виберіть одне твердження</translation>
    </message>
    <message>
        <location filename="../app/sightline/evidenceactions.cpp" line="49"/>
        <source>The claim names no site</source>
        <translation>Твердження не називає жодного місця</translation>
    </message>
    <message>
        <location filename="../app/sightline/evidenceactions.cpp" line="53"/>
        <source>Put the claim&apos;s figure into its site&apos;s count series</source>
        <translation>Додати число з твердження до ряду лічби його місця</translation>
    </message>
    <message>
        <location filename="../app/sightline/evidenceactions.cpp" line="79"/>
        <location filename="../app/sightline/evidenceactions.cpp" line="87"/>
        <source>Record as observation</source>
        <translation>Записати як спостереження</translation>
    </message>
    <message>
        <location filename="../app/sightline/evidenceactions.cpp" line="80"/>
        <source>The claim names several sites. Record its figure at:</source>
        <translation>Твердження називає кілька місць. Записати його число для:</translation>
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
        <translation>&amp;Новий проєкт…</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="40"/>
        <source>&amp;Open…</source>
        <translation>&amp;Відкрити…</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="68"/>
        <source>Open project</source>
        <translation>Відкрити проєкт</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="69"/>
        <location filename="../app/sightline/fileactions.cpp" line="98"/>
        <location filename="../app/sightline/fileactions.cpp" line="116"/>
        <location filename="../app/sightline/fileactions.cpp" line="123"/>
        <source>Sightline projects (*.gpkg)</source>
        <translation>Проєкти Sightline (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="41"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Нещодавні</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="43"/>
        <source>Save a &amp;copy as…</source>
        <translation>Зберегти &amp;копію як…</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="44"/>
        <source>&amp;Merge another copy…</source>
        <translation>&amp;Об&apos;єднати з іншою копією…</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="45"/>
        <source>Merge co&amp;nflicts…</source>
        <translation>Конф&amp;лікти об&apos;єднання…</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="46"/>
        <source>Write a &amp;brief…</source>
        <translation>Скласти &amp;довідку…</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="53"/>
        <source>&amp;Export…</source>
        <translation>&amp;Експорт…</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="54"/>
        <source>&amp;Import…</source>
        <translation>&amp;Імпорт…</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="55"/>
        <source>Add &amp;vector layer…</source>
        <translation>Додати &amp;векторний шар…</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="57"/>
        <source>Add vector layer</source>
        <translation>Додати векторний шар</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="58"/>
        <source>Vector files (*.gpkg *.geojson *.json *.kml *.kmz *.shp *.csv *.gml *.fgb);;All files (*)</source>
        <translation>Векторні файли (*.gpkg *.geojson *.json *.kml *.kmz *.shp *.csv *.gml *.fgb);;Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="63"/>
        <source>&amp;Quit</source>
        <translation>Ви&amp;йти</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="86"/>
        <source>Cannot make the project</source>
        <translation>Не вдається створити проєкт</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="97"/>
        <source>Save a copy of the project</source>
        <translation>Зберегти копію проєкту</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="103"/>
        <source>Saved a copy as %1</source>
        <translation>Копію збережено як %1</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="105"/>
        <source>Cannot save a copy</source>
        <translation>Не вдається зберегти копію</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="115"/>
        <source>Merge another copy of this project</source>
        <translation>Об&apos;єднати з іншою копією цього проєкту</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="121"/>
        <source>Save the merged project as</source>
        <translation>Зберегти об&apos;єднаний проєкт як</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="133"/>
        <source>Cannot merge</source>
        <translation>Не вдається об&apos;єднати копії</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sightline/fileactions.cpp" line="137"/>
        <source>Merged into %1: %n conflict(s) to resolve</source>
        <translation>
            <numerusform>Об&apos;єднано в %1: %n конфлікт потребує розв&apos;язання</numerusform>
            <numerusform>Об&apos;єднано в %1: %n конфлікти потребують розв&apos;язання</numerusform>
            <numerusform>Об&apos;єднано в %1: %n конфліктів потребують розв&apos;язання</numerusform>
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
        <translation>Шари GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="163"/>
        <source>QGIS project and its GeoPackage (*.qgs)</source>
        <translation>Проєкт QGIS з його GeoPackage (*.qgs)</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="168"/>
        <source>Export</source>
        <translation>Експорт</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="180"/>
        <location filename="../app/sightline/fileactions.cpp" line="203"/>
        <source>Cannot export</source>
        <translation>Не вдається експортувати</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="180"/>
        <source>%1 is the project itself.</source>
        <translation>%1 — це сам проєкт.</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="185"/>
        <source>Export restricted material?</source>
        <translation>Експортувати матеріали з обмеженим поширенням?</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="186"/>
        <source>This project is marked %1: %2

Export it to %3 anyway?</source>
        <translation>Проєкт має маркування %1: %2

Усе одно експортувати до %3?</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="201"/>
        <source>Exported to %1 (%2)</source>
        <translation>Експортовано до %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="211"/>
        <source>Import</source>
        <translation>Імпорт</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="212"/>
        <source>STIX 2.1, GeoJSON, KML, KMZ, CSV (*.json *.stix *.geojson *.kml *.kmz *.csv);;All files (*)</source>
        <translation>STIX 2.1, GeoJSON, KML, KMZ, CSV (*.json *.stix *.geojson *.kml *.kmz *.csv);;Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="216"/>
        <source>Import %1</source>
        <translation>Імпорт %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sightline/fileactions.cpp" line="225"/>
        <source>Imported %1 (%2): %n new record(s)</source>
        <translation>
            <numerusform>Імпортовано %1 (%2): %n новий запис</numerusform>
            <numerusform>Імпортовано %1 (%2): %n нові записи</numerusform>
            <numerusform>Імпортовано %1 (%2): %n нових записів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sightline/fileactions.cpp" line="228"/>
        <source>, %n already in the project</source>
        <translation>
            <numerusform>, %n уже є в проєкті</numerusform>
            <numerusform>, %n уже є в проєкті</numerusform>
            <numerusform>, %n уже є в проєкті</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="230"/>
        <source>; not understood: %1</source>
        <translation>; не розпізнано: %1</translation>
    </message>
</context>
<context>
    <name>GradeWords</name>
    <message>
        <location filename="../libs/present/sightline/present/gradewords.cpp" line="10"/>
        <source>completely reliable</source>
        <translation>цілком надійне</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/gradewords.cpp" line="10"/>
        <source>usually reliable</source>
        <translation>зазвичай надійне</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/gradewords.cpp" line="11"/>
        <source>fairly reliable</source>
        <translation>досить надійне</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/gradewords.cpp" line="11"/>
        <source>not usually reliable</source>
        <translation>зазвичай ненадійне</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/gradewords.cpp" line="12"/>
        <source>unreliable</source>
        <translation>ненадійне</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/gradewords.cpp" line="12"/>
        <source>reliability cannot be judged</source>
        <translation>надійність неможливо оцінити</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/gradewords.cpp" line="13"/>
        <source>always reliable</source>
        <translation>завжди надійне</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/gradewords.cpp" line="13"/>
        <source>mostly reliable</source>
        <translation>здебільшого надійне</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/gradewords.cpp" line="14"/>
        <source>sometimes reliable</source>
        <translation>іноді надійне</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/gradewords.cpp" line="14"/>
        <source>untested source</source>
        <translation>неперевірене джерело</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/gradewords.cpp" line="49"/>
        <source>Source %1</source>
        <translation>Джерело %1</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/gradewords.cpp" line="50"/>
        <source>Source %1 (%2)</source>
        <translation>Джерело %1 (%2)</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/gradewords.cpp" line="53"/>
        <source>information %1</source>
        <translation>інформація %1</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/gradewords.cpp" line="54"/>
        <source>information %1 (%2)</source>
        <translation>інформація %1 (%2)</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <location filename="../app/sightline/helpactions.cpp" line="14"/>
        <source>&amp;Help</source>
        <translation>Допо&amp;мога</translation>
    </message>
    <message>
        <location filename="../app/sightline/helpactions.cpp" line="15"/>
        <source>&amp;Getting started</source>
        <translation>П&amp;очаток роботи</translation>
    </message>
    <message>
        <location filename="../app/sightline/helpactions.cpp" line="16"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Клавіатурні скорочення</translation>
    </message>
    <message>
        <location filename="../app/sightline/helpactions.cpp" line="18"/>
        <source>&amp;About Sightline</source>
        <translation>&amp;Про Sightline</translation>
    </message>
</context>
<context>
    <name>ImageryActions</name>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="29"/>
        <source>&amp;Import images…</source>
        <translation>&amp;Імпортувати знімки…</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="30"/>
        <source>&amp;Display of the selected scene…</source>
        <translation>&amp;Відображення вибраного знімка…</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="32"/>
        <source>&amp;Find moved image files…</source>
        <translation>&amp;Знайти переміщені файли знімків…</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="33"/>
        <source>&amp;Georeference image…</source>
        <translation>&amp;Геоприв&apos;язати зображення…</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="36"/>
        <source>&amp;Swipe: the map without imagery left of a line</source>
        <translation>&amp;Шторка: ліворуч від лінії карта без знімків</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="47"/>
        <source>Import images</source>
        <translation>Імпорт знімків</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="48"/>
        <source>Images (*.tif *.tiff *.jp2 *.ntf *.nitf *.png *.jpg *.jpeg *.vrt *.img);;All files (*)</source>
        <translation>Зображення (*.tif *.tiff *.jp2 *.ntf *.nitf *.png *.jpg *.jpeg *.vrt *.img);;Усі файли (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sightline/imageryactions.cpp" line="65"/>
        <source>Import %n image(s)</source>
        <translation>
            <numerusform>Імпортувати %n знімок</numerusform>
            <numerusform>Імпортувати %n знімки</numerusform>
            <numerusform>Імпортувати %n знімків</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="70"/>
        <source>Import %1</source>
        <translation>Імпорт %1</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="73"/>
        <source>Embed %1</source>
        <translation>Вбудувати %1</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="95"/>
        <source>Select a scene first: click inside its footprint</source>
        <translation>Спершу виберіть знімок: клацніть усередині його контуру</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="104"/>
        <source>Display of %1</source>
        <translation>Відображення %1</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="112"/>
        <source>Folder with the moved image files</source>
        <translation>Тека з переміщеними файлами знімків</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="117"/>
        <source>Find moved image files</source>
        <translation>Пошук переміщених файлів знімків</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="119"/>
        <source>Find %1</source>
        <translation>Знайти %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sightline/imageryactions.cpp" line="121"/>
        <source>Found %n moved image file(s)</source>
        <translation>
            <numerusform>Знайдено %n переміщений файл знімка</numerusform>
            <numerusform>Знайдено %n переміщені файли знімків</numerusform>
            <numerusform>Знайдено %n переміщених файлів знімків</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="123"/>
        <source>Cannot search the folder</source>
        <translation>Не вдається переглянути теку</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="134"/>
        <source>Georeference image</source>
        <translation>Геоприв&apos;язка зображення</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="135"/>
        <source>Images (*.tif *.tiff *.png *.jpg *.jpeg *.gif *.bmp);;All files (*)</source>
        <translation>Зображення (*.tif *.tiff *.png *.jpg *.jpeg *.gif *.bmp);;Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="141"/>
        <source>Cannot georeference the image</source>
        <translation>Не вдається геоприв&apos;язати зображення</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="147"/>
        <source>Added the georeferenced %1 as a scene</source>
        <translation>Геоприв&apos;язане %1 додано як знімок</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="152"/>
        <source>Some images were not imported</source>
        <translation>Деякі знімки не імпортовано</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="156"/>
        <source>Georeference %1…</source>
        <translation>Геоприв&apos;язати %1…</translation>
    </message>
</context>
<context>
    <name>JudgmentWords</name>
    <message>
        <location filename="../libs/present/sightline/present/judgmentwords.cpp" line="27"/>
        <source>nothing</source>
        <translation>нічого</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/judgmentwords.cpp" line="36"/>
        <source>no period</source>
        <translation>без періоду</translation>
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
        <translation>Налаштування скинуто</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="138"/>
        <source>Timeline</source>
        <translation>Хронологія</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="139"/>
        <source>Claims</source>
        <translation>Твердження</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="142"/>
        <source>Conflicts</source>
        <translation>Суперечності</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="144"/>
        <source>Needs review</source>
        <translation>Потребує перевірки</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="146"/>
        <source>Judgments</source>
        <translation>Висновки</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="148"/>
        <source>Sites</source>
        <translation>Місця</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="151"/>
        <source>Sources</source>
        <translation>Джерела</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="153"/>
        <location filename="../app/sightline/mainwindow.cpp" line="181"/>
        <source>Capture</source>
        <translation>Архівна копія</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="155"/>
        <source>Layers</source>
        <translation>Шари</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="156"/>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="159"/>
        <source>Tally</source>
        <translation>Підрахунок</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="160"/>
        <source>Series</source>
        <translation>Ряди</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="181"/>
        <source>Capture: %1</source>
        <translation>Архівна копія: %1</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="241"/>
        <source>&amp;Basemap</source>
        <translation>&amp;Базова карта</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="242"/>
        <source>&amp;Imagery</source>
        <translation>&amp;Знімки</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="274"/>
        <source>Main toolbar</source>
        <translation>Головна панель інструментів</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="333"/>
        <source>Cannot add layer</source>
        <translation>Не вдається додати шар</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="414"/>
        <source>Opened read-only: changes cannot be saved</source>
        <translation>Відкрито лише для читання: зміни не можна зберегти</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="424"/>
        <source>%1 (read-only) — Sightline</source>
        <translation>%1 (лише читання) — Sightline</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="425"/>
        <source>%1 — Sightline</source>
        <translation>%1 — Sightline</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="434"/>
        <source>Cannot open project</source>
        <translation>Не вдається відкрити проєкт</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="445"/>
        <source>Writing the demo project…</source>
        <translation>Запис демонстраційного проєкту…</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="453"/>
        <source>Cannot write the demo project: %1</source>
        <translation>Не вдається записати демонстраційний проєкт: %1</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="456"/>
        <source>Cannot open the demo</source>
        <translation>Не вдається відкрити демонстраційний проєкт</translation>
    </message>
</context>
<context>
    <name>MapContextMenu</name>
    <message>
        <location filename="../app/sightline/mapcontextmenu.cpp" line="43"/>
        <source>&amp;Identify</source>
        <translation>&amp;Розпізнати</translation>
    </message>
    <message>
        <location filename="../app/sightline/mapcontextmenu.cpp" line="44"/>
        <source>&amp;Measure from here</source>
        <translation>&amp;Виміряти звідси</translation>
    </message>
    <message>
        <location filename="../app/sightline/mapcontextmenu.cpp" line="48"/>
        <source>Add &amp;site here…</source>
        <translation>Додати &amp;місце тут…</translation>
    </message>
    <message>
        <location filename="../app/sightline/mapcontextmenu.cpp" line="56"/>
        <source>Copy as &amp;decimal degrees</source>
        <translation>Копіювати в &amp;десяткових градусах</translation>
    </message>
    <message>
        <location filename="../app/sightline/mapcontextmenu.cpp" line="57"/>
        <source>Copy as degrees, minutes, &amp;seconds</source>
        <translation>Копіювати в градусах, хвилинах, &amp;секундах</translation>
    </message>
    <message>
        <location filename="../app/sightline/mapcontextmenu.cpp" line="58"/>
        <source>Copy as M&amp;GRS</source>
        <translation>Копіювати як M&amp;GRS</translation>
    </message>
    <message>
        <location filename="../app/sightline/mapcontextmenu.cpp" line="63"/>
        <source>Copied %1</source>
        <translation>Скопійовано: %1</translation>
    </message>
</context>
<context>
    <name>ObservationCommands</name>
    <message>
        <location filename="../libs/edit/sightline/edit/observationcommands.cpp" line="16"/>
        <source>the claim has no figure</source>
        <translation>у твердженні немає числа</translation>
    </message>
    <message>
        <location filename="../libs/edit/sightline/edit/observationcommands.cpp" line="18"/>
        <source>the claim&apos;s figure does not say what it counts</source>
        <translation>число у твердженні не вказує, що саме воно лічить</translation>
    </message>
    <message>
        <location filename="../libs/edit/sightline/edit/observationcommands.cpp" line="20"/>
        <source>an observation is made at a site</source>
        <translation>спостереження записується для місця</translation>
    </message>
    <message>
        <location filename="../libs/edit/sightline/edit/observationcommands.cpp" line="22"/>
        <source>the claim is not about that site</source>
        <translation>твердження не стосується цього місця</translation>
    </message>
    <message>
        <location filename="../libs/edit/sightline/edit/observationcommands.cpp" line="38"/>
        <source>Recorded from the claim “%1”</source>
        <translation>Записано з твердження «%1»</translation>
    </message>
</context>
<context>
    <name>ProjectAccess</name>
    <message>
        <location filename="../app/sightline/projectaccess.cpp" line="31"/>
        <source>someone</source>
        <translation>невідомо</translation>
    </message>
    <message>
        <location filename="../app/sightline/projectaccess.cpp" line="34"/>
        <source>an unknown time</source>
        <translation>невідомого часу</translation>
    </message>
    <message>
        <location filename="../app/sightline/projectaccess.cpp" line="35"/>
        <source>%1 (process %2)</source>
        <translation>%1 (процес %2)</translation>
    </message>
    <message>
        <location filename="../app/sightline/projectaccess.cpp" line="35"/>
        <source>another computer</source>
        <translation>іншому комп&apos;ютері</translation>
    </message>
    <message>
        <location filename="../app/sightline/projectaccess.cpp" line="36"/>
        <source>Project in use</source>
        <translation>Проєкт використовується</translation>
    </message>
    <message>
        <location filename="../app/sightline/projectaccess.cpp" line="37"/>
        <source>%1 has had this project open since %2 on %3.

%4

Open it read-only?</source>
        <translation>Цей проєкт відкритий з %2 на %3 (аналітик: %1).

%4

Відкрити його лише для читання?</translation>
    </message>
    <message>
        <location filename="../app/sightline/projectaccess.cpp" line="41"/>
        <source>Open &amp;read-only</source>
        <translation>Відкрити лише для &amp;читання</translation>
    </message>
    <message>
        <location filename="../app/sightline/projectaccess.cpp" line="46"/>
        <source>%1 is open elsewhere (%2 since %3).</source>
        <translation>%1 відкритий деінде (%2, з %3).</translation>
    </message>
    <message>
        <location filename="../app/sightline/projectaccess.cpp" line="55"/>
        <source>Opened read-only</source>
        <translation>Відкрито лише для читання</translation>
    </message>
    <message>
        <location filename="../app/sightline/projectaccess.cpp" line="56"/>
        <source>%1 cannot be written to (its folder or the file itself), so it opens read-only: you can read and export it, but not change it.</source>
        <translation>%1 недоступний для запису (його тека або сам файл), тому відкривається лише для читання: проєкт можна переглядати й експортувати, але не змінювати.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../libs/ui/sightline/ui/cleancopyoffer.cpp" line="17"/>
        <source>Project refused</source>
        <translation>Проєкт відхилено</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/cleancopyoffer.cpp" line="18"/>
        <source>This project holds something Sightline does not make, and is not opened as it is.</source>
        <translation>Проєкт містить те, чого Sightline не створює, тому його не відкрито як є.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/cleancopyoffer.cpp" line="21"/>
        <source>A cleaned copy keeps the records and leaves out everything else; the original is not changed.</source>
        <translation>Очищена копія зберігає записи й відкидає все інше; оригінал не змінюється.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/cleancopyoffer.cpp" line="23"/>
        <source>Open a cleaned copy</source>
        <translation>Відкрити очищену копію</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/cleancopyoffer.cpp" line="31"/>
        <source>Save the cleaned copy as</source>
        <translation>Зберегти очищену копію як</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/cleancopyoffer.cpp" line="32"/>
        <source>Sightline projects (*.gpkg)</source>
        <translation>Проєкти Sightline (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/cleancopyoffer.cpp" line="36"/>
        <source>Cleaned copy</source>
        <translation>Очищена копія</translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/ui/sightline/ui/cleancopyoffer.cpp" line="37"/>
        <source>Wrote %1 with %n change(s) from the original.</source>
        <translation>
            <numerusform>Записано %1 з %n зміною щодо оригіналу.</numerusform>
            <numerusform>Записано %1 з %n змінами щодо оригіналу.</numerusform>
            <numerusform>Записано %1 з %n змінами щодо оригіналу.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/cleancopyoffer.cpp" line="45"/>
        <source>Cannot clean the project</source>
        <translation>Не вдається очистити проєкт</translation>
    </message>
</context>
<context>
    <name>RecordTitle</name>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="17"/>
        <source>(untitled source)</source>
        <translation>(джерело без назви)</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="29"/>
        <source>Site</source>
        <translation>Місце</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="30"/>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="31"/>
        <source>Capture</source>
        <translation>Архівна копія</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="32"/>
        <source>Claim</source>
        <translation>Твердження</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="33"/>
        <source>Scene</source>
        <translation>Знімок</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="34"/>
        <source>Annotation</source>
        <translation>Позначка</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="35"/>
        <source>Observation</source>
        <translation>Спостереження</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="36"/>
        <source>Event</source>
        <translation>Подія</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="37"/>
        <source>Link</source>
        <translation>Зв&apos;язок</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="38"/>
        <source>Bookmark</source>
        <translation>Закладка</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="39"/>
        <source>Judgment</source>
        <translation>Висновок</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="47"/>
        <source>corroborates</source>
        <translation>підтверджує</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="48"/>
        <source>contradicts</source>
        <translation>суперечить</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="49"/>
        <source>supports</source>
        <translation>підкріплює</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="50"/>
        <source>depicts</source>
        <translation>зображує</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="51"/>
        <source>refers to</source>
        <translation>посилається на</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="52"/>
        <source>depends on</source>
        <translation>залежить від</translation>
    </message>
</context>
<context>
    <name>SceneActions</name>
    <message>
        <location filename="../app/sightline/sceneactions.cpp" line="34"/>
        <source>Scene &amp;details…</source>
        <translation>&amp;Дані знімка…</translation>
    </message>
    <message>
        <location filename="../app/sightline/sceneactions.cpp" line="37"/>
        <source>&amp;Remove the selected scene…</source>
        <translation>&amp;Прибрати вибраний знімок…</translation>
    </message>
    <message>
        <location filename="../app/sightline/sceneactions.cpp" line="40"/>
        <source>Remove scene</source>
        <translation>Прибрати знімок</translation>
    </message>
    <message>
        <location filename="../app/sightline/sceneactions.cpp" line="43"/>
        <source>Build &amp;overviews for the selected scene</source>
        <translation>Побудувати &amp;оглядові рівні для вибраного знімка</translation>
    </message>
    <message>
        <location filename="../app/sightline/sceneactions.cpp" line="45"/>
        <source>&amp;Embed the selected scene&apos;s file in the project</source>
        <translation>&amp;Вбудувати файл вибраного знімка в проєкт</translation>
    </message>
    <message>
        <location filename="../app/sightline/sceneactions.cpp" line="47"/>
        <source>Embed imported files in the project</source>
        <translation>Вбудовувати імпортовані файли в проєкт</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sightline/sceneactions.cpp" line="57"/>
        <source>%1 has %n overview(s) now</source>
        <translation>
            <numerusform>%1 тепер має %n оглядовий рівень</numerusform>
            <numerusform>%1 тепер має %n оглядові рівні</numerusform>
            <numerusform>%1 тепер має %n оглядових рівнів</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sightline/sceneactions.cpp" line="61"/>
        <source>Building overviews cancelled; no overview file was left</source>
        <translation>Побудову оглядових рівнів скасовано; файлу оглядових рівнів не залишилося</translation>
    </message>
    <message>
        <location filename="../app/sightline/sceneactions.cpp" line="92"/>
        <source>Select a scene first: click inside its footprint</source>
        <translation>Спершу виберіть знімок: клацніть усередині його контуру</translation>
    </message>
    <message>
        <location filename="../app/sightline/sceneactions.cpp" line="105"/>
        <source>Details of %1</source>
        <translation>Дані %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sightline/sceneactions.cpp" line="118"/>
        <source>%1 has %n annotation(s). Remove the scene and its annotations? Undo brings them back.</source>
        <translation>
            <numerusform>%1 має %n позначку. Прибрати знімок і його позначки? Скасування поверне їх.</numerusform>
            <numerusform>%1 має %n позначки. Прибрати знімок і його позначки? Скасування поверне їх.</numerusform>
            <numerusform>%1 має %n позначок. Прибрати знімок і його позначки? Скасування поверне їх.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sightline/sceneactions.cpp" line="122"/>
        <source>The file embedded in the project is deleted with the scene, and undo does not bring it back.</source>
        <translation>Вбудований у проєкт файл буде видалено разом зі знімком, і скасування його не поверне.</translation>
    </message>
    <message>
        <location filename="../app/sightline/sceneactions.cpp" line="125"/>
        <source>Remove %1</source>
        <translation>Прибрати %1</translation>
    </message>
    <message>
        <location filename="../app/sightline/sceneactions.cpp" line="138"/>
        <source>%1 is already embedded in the project</source>
        <translation>%1 уже вбудовано в проєкт</translation>
    </message>
    <message>
        <location filename="../app/sightline/sceneactions.cpp" line="141"/>
        <source>Embed %1</source>
        <translation>Вбудувати %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sightline/sceneactions.cpp" line="157"/>
        <source>%1 already has %n overview(s)</source>
        <translation>
            <numerusform>%1 уже має %n оглядовий рівень</numerusform>
            <numerusform>%1 уже має %n оглядові рівні</numerusform>
            <numerusform>%1 уже має %n оглядових рівнів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeriesWords</name>
    <message>
        <location filename="../libs/present/sightline/present/serieswords.cpp" line="24"/>
        <source>%1 vs a baseline maximum of %2</source>
        <translation>%1 проти максимуму %2 за базовий період</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/serieswords.cpp" line="29"/>
        <source>%1 vs a baseline maximum of %2: %3×</source>
        <translation>%1 проти максимуму %2 за базовий період: %3×</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/serieswords.cpp" line="43"/>
        <source>baseline %1: median %2, maximum %3 (from %4)</source>
        <translation>базовий період %1: медіана %2, максимум %3 (з %4)</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/serieswords.cpp" line="50"/>
        <source>counted</source>
        <translation>пораховано</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/serieswords.cpp" line="51"/>
        <source>reported</source>
        <translation>повідомлено</translation>
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
        <translation>час невідомий</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="102"/>
        <source>%1 local time, zone unknown</source>
        <translation>%1 за місцевим часом, часовий пояс невідомий</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="109"/>
        <source>no later than %1</source>
        <translation>не пізніше %1</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="113"/>
        <source>since %1</source>
        <translation>від %1</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="131"/>
        <source>to the year</source>
        <translation>з точністю до року</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="132"/>
        <source>to the month</source>
        <translation>з точністю до місяця</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="133"/>
        <source>to the day</source>
        <translation>з точністю до дня</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="134"/>
        <source>to the minute</source>
        <translation>з точністю до хвилини</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="135"/>
        <source>to the second</source>
        <translation>з точністю до секунди</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="143"/>
        <source>No time given</source>
        <translation>Час не вказано</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="144"/>
        <source>open</source>
        <translation>не обмежено</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="145"/>
        <source>%1, %2
earliest %3
latest %4</source>
        <translation>%1, %2
найраніше %3
найпізніше %4</translation>
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
        <translation>Без місця</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timelinepainter.cpp" line="192"/>
        <source>No source</source>
        <translation>Без джерела</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timelinepainter.cpp" line="775"/>
        <source>counted</source>
        <translation>пораховано</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timelinepainter.cpp" line="777"/>
        <source>reported</source>
        <translation>повідомлено</translation>
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
        <translation>&amp;Інструменти</translation>
    </message>
    <message>
        <location filename="../app/sightline/toolactions.cpp" line="35"/>
        <source>&amp;Pan and identify</source>
        <translation>&amp;Пересування й розпізнавання</translation>
    </message>
    <message>
        <location filename="../app/sightline/toolactions.cpp" line="36"/>
        <source>&amp;Zoom to a box</source>
        <translation>&amp;Масштаб за прямокутником</translation>
    </message>
    <message>
        <location filename="../app/sightline/toolactions.cpp" line="37"/>
        <source>Measure &amp;distance</source>
        <translation>Виміряти &amp;відстань</translation>
    </message>
    <message>
        <location filename="../app/sightline/toolactions.cpp" line="38"/>
        <source>Measure &amp;area</source>
        <translation>Виміряти &amp;площу</translation>
    </message>
    <message>
        <location filename="../app/sightline/toolactions.cpp" line="39"/>
        <source>Add, edit and move &amp;sites</source>
        <translation>Додавати, редагувати й переміщати &amp;місця</translation>
    </message>
</context>
<context>
    <name>ViewActions</name>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="27"/>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="30"/>
        <source>&amp;Find…</source>
        <translation>&amp;Знайти…</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="37"/>
        <source>Zoom to &amp;all sites</source>
        <translation>Показати &amp;всі місця</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="41"/>
        <source>Zoom to &amp;selection</source>
        <translation>Масштаб до &amp;вибраного</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="42"/>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Закладки</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="45"/>
        <source>Map &amp;CRS</source>
        <translation>&amp;Система координат карти</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="46"/>
        <source>Web Mercator (EPSG:3857)</source>
        <translation>Web Mercator (EPSG:3857)</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="47"/>
        <source>WGS 84 longitude/latitude (EPSG:4326)</source>
        <translation>WGS 84 довгота/широта (EPSG:4326)</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="48"/>
        <source>Local UTM zone</source>
        <translation>Місцева зона UTM</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="52"/>
        <source>Other EPSG code…</source>
        <translation>Інший код EPSG…</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="72"/>
        <source>Cannot use this CRS</source>
        <translation>Цю систему координат не можна використати</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="78"/>
        <source>Map CRS</source>
        <translation>Система координат карти</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="78"/>
        <source>EPSG code (for example 32652):</source>
        <translation>Код EPSG (наприклад, 32652):</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="88"/>
        <source>&amp;Add bookmark…</source>
        <translation>&amp;Додати закладку…</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="97"/>
        <source>Cannot show bookmark</source>
        <translation>Не вдається показати закладку</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="108"/>
        <source>Add bookmark</source>
        <translation>Додати закладку</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="108"/>
        <source>Name of this view:</source>
        <translation>Назва цього вигляду:</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="120"/>
        <source>Add bookmark %1</source>
        <translation>Додати закладку %1</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../app/sightline/workspace.cpp" line="30"/>
        <source>Cannot make this change</source>
        <translation>Цю зміну неможливо внести</translation>
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
        <translation>низька впевненість</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/confidence.cpp" line="12"/>
        <source>moderate confidence</source>
        <translation>помірна впевненість</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/confidence.cpp" line="13"/>
        <source>high confidence</source>
        <translation>висока впевненість</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="21"/>
        <source>almost no chance</source>
        <translation>майже жодних шансів</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="21"/>
        <source>remote</source>
        <translation>мізерна ймовірність</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="22"/>
        <source>very unlikely</source>
        <translation>дуже малоймовірно</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="22"/>
        <source>highly improbable</source>
        <translation>украй неймовірно</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="23"/>
        <source>unlikely</source>
        <translation>малоймовірно</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="23"/>
        <source>improbable</source>
        <translation>неймовірно</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="24"/>
        <source>roughly even chance</source>
        <translation>приблизно рівні шанси</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="24"/>
        <source>roughly even odds</source>
        <translation>шанси приблизно рівні</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="25"/>
        <source>likely</source>
        <translation>ймовірно</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="25"/>
        <source>probable</source>
        <translation>правдоподібно</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="26"/>
        <source>very likely</source>
        <translation>дуже ймовірно</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="26"/>
        <source>highly probable</source>
        <translation>високоймовірно</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="27"/>
        <source>almost certain</source>
        <translation>майже напевно</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="27"/>
        <source>nearly certain</source>
        <translation>практично напевно</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="31"/>
        <source>Draft</source>
        <translation>Чернетка</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="32"/>
        <source>Issued</source>
        <translation>Видано</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="33"/>
        <source>Withdrawn</source>
        <translation>Відкликано</translation>
    </message>
</context>
<context>
    <name>sightline::Kinds</name>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="41"/>
        <source>Site</source>
        <translation>Місце</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="42"/>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="43"/>
        <source>Capture</source>
        <translation>Архівна копія</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="44"/>
        <source>Claim</source>
        <translation>Твердження</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="45"/>
        <source>Imagery scene</source>
        <translation>Знімок</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="46"/>
        <source>Annotation</source>
        <translation>Позначка</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="47"/>
        <source>Observation</source>
        <translation>Спостереження</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="48"/>
        <source>Event</source>
        <translation>Подія</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="49"/>
        <source>Link</source>
        <translation>Зв&apos;язок</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="50"/>
        <source>Bookmark</source>
        <translation>Закладка</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="51"/>
        <source>Judgment</source>
        <translation>Висновок</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="55"/>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="56"/>
        <source>Rail crossing</source>
        <translation>Залізничний перехід</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="57"/>
        <source>Rail yard</source>
        <translation>Сортувальна станція</translation>
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
        <translation>Аеродром</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="61"/>
        <source>Border crossing</source>
        <translation>Пункт пропуску</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="62"/>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="71"/>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="66"/>
        <source>Report</source>
        <translation>Звіт</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="67"/>
        <source>News article</source>
        <translation>Новинна стаття</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="68"/>
        <source>Official statement</source>
        <translation>Офіційна заява</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="69"/>
        <source>Imagery provider</source>
        <translation>Постачальник знімків</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="70"/>
        <source>Social media</source>
        <translation>Соцмережі</translation>
    </message>
</context>
<context>
    <name>sightline::edit::Annotations</name>
    <message>
        <location filename="../libs/edit/sightline/edit/annotationcommands.cpp" line="68"/>
        <source>The copied annotations lie outside the scene %1</source>
        <translation>Скопійовані позначки лежать поза знімком %1</translation>
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
        <translation>визначено з точністю близько %1</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/sitewords.cpp" line="98"/>
        <source>located only to the town (a few kilometres)</source>
        <translation>визначено лише з точністю до населеного пункту (кілька кілометрів)</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/sitewords.cpp" line="99"/>
        <source>located to about %1 (rounded coordinates)</source>
        <translation>визначено з точністю близько %1 (округлені координати)</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/sitewords.cpp" line="101"/>
        <source>located within its area of interest, at most about %1 off</source>
        <translation>визначено в межах району інтересу, похибка щонайбільше близько %1</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/sitewords.cpp" line="106"/>
        <source>how precisely it is located is not known</source>
        <translation>наскільки точно визначено місце, невідомо</translation>
    </message>
</context>
<context>
    <name>sightline::present::SeriesChart</name>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/serieschart.cpp" line="182"/>
        <source>baseline: max %1, median %2 (%n value(s))</source>
        <extracomment>Over the baseline band of a series chart (%1 its maximum, %2 its median, %n how many values)</extracomment>
        <translation>
            <numerusform>базовий період: макс. %1, медіана %2 (%n значення)</numerusform>
            <numerusform>базовий період: макс. %1, медіана %2 (%n значення)</numerusform>
            <numerusform>базовий період: макс. %1, медіана %2 (%n значень)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/serieschart.cpp" line="263"/>
        <source>counted on imagery</source>
        <translation>пораховано на знімках</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/serieschart.cpp" line="263"/>
        <source>reported</source>
        <translation>повідомлено</translation>
    </message>
</context>
<context>
    <name>sightline::render::MapModel</name>
    <message>
        <location filename="../libs/render/sightline/render/mapmodel.cpp" line="52"/>
        <location filename="../libs/render/sightline/render/mapmodel.cpp" line="253"/>
        <source>Basemap (Natural Earth)</source>
        <translation>Базова карта (Natural Earth)</translation>
    </message>
    <message>
        <location filename="../libs/render/sightline/render/mapmodel.cpp" line="53"/>
        <source>Imagery</source>
        <translation>Знімки</translation>
    </message>
    <message>
        <location filename="../libs/render/sightline/render/mapmodel.cpp" line="54"/>
        <source>Imagery footprints</source>
        <translation>Контури знімків</translation>
    </message>
    <message>
        <location filename="../libs/render/sightline/render/mapmodel.cpp" line="55"/>
        <source>Areas of interest</source>
        <translation>Райони інтересу</translation>
    </message>
    <message>
        <location filename="../libs/render/sightline/render/mapmodel.cpp" line="56"/>
        <source>Annotations</source>
        <translation>Позначки</translation>
    </message>
    <message>
        <location filename="../libs/render/sightline/render/mapmodel.cpp" line="57"/>
        <source>Claims</source>
        <translation>Твердження</translation>
    </message>
    <message>
        <location filename="../libs/render/sightline/render/mapmodel.cpp" line="58"/>
        <source>Events</source>
        <translation>Події</translation>
    </message>
    <message>
        <location filename="../libs/render/sightline/render/mapmodel.cpp" line="59"/>
        <source>Sites</source>
        <translation>Місця</translation>
    </message>
    <message>
        <location filename="../libs/render/sightline/render/mapmodel.cpp" line="253"/>
        <source>Basemap (%1)</source>
        <translation>Базова карта (%1)</translation>
    </message>
</context>
<context>
    <name>sightline::ui::AboutDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/aboutdialog.cpp" line="15"/>
        <source>About Sightline</source>
        <translation>Про Sightline</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/aboutdialog.cpp" line="29"/>
        <source>LGPL 3</source>
        <translation>LGPL 3</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/aboutdialog.cpp" line="31"/>
        <source>public domain</source>
        <translation>суспільне надбання</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/aboutdialog.cpp" line="41"/>
        <source>A desktop workstation for open-source geospatial investigation: sources, claims, sites, imagery and judgments in one project file.</source>
        <translation>Настільна робоча станція для геопросторових розслідувань на основі відкритих джерел: джерела, твердження, місця, знімки й висновки в одному файлі проєкту.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/aboutdialog.cpp" line="43"/>
        <source>Libraries</source>
        <translation>Бібліотеки</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/aboutdialog.cpp" line="43"/>
        <source>Library</source>
        <translation>Бібліотека</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/aboutdialog.cpp" line="43"/>
        <source>Version</source>
        <translation>Версія</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/aboutdialog.cpp" line="43"/>
        <source>Licence</source>
        <translation>Ліцензія</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/aboutdialog.cpp" line="43"/>
        <source>Data credits</source>
        <translation>Джерела даних</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/aboutdialog.cpp" line="44"/>
        <source>Basemap: Made with Natural Earth, free vector and raster map data (naturalearthdata.com), public domain.</source>
        <translation>Базова карта: Made with Natural Earth, вільні векторні й растрові картографічні дані (naturalearthdata.com), суспільне надбання.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/aboutdialog.cpp" line="46"/>
        <source>Imagery: each scene keeps its provider, acquisition date and licence; they are shown in the scene&apos;s details and printed under every figure of a brief. The demo&apos;s scenes are synthetic.</source>
        <translation>Знімки: кожен знімок зберігає постачальника, дату зйомки й ліцензію; їх показано в даних знімка й надруковано під кожним рисунком довідки. Знімки демонстраційного проєкту синтетичні.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/aboutdialog.cpp" line="48"/>
        <source>Coordinate reference systems: the EPSG dataset as shipped with PROJ.</source>
        <translation>Системи координат: набір даних EPSG у складі PROJ.</translation>
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
        <translation>прямокутник</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="30"/>
        <source>polygon</source>
        <translation>багатокутник</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="31"/>
        <source>line</source>
        <translation>лінія</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="32"/>
        <source>callout</source>
        <translation>виноска</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="43"/>
        <source>Annotation details</source>
        <translation>Дані позначки</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="55"/>
        <source>A point marks one object; draw a box or polygon to count several</source>
        <translation>Точка позначає один об&apos;єкт; щоб порахувати кілька, намалюйте прямокутник чи багатокутник</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="61"/>
        <source>The callout&apos;s text</source>
        <translation>Текст виноски</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="62"/>
        <source>Drawn instead of count and kind</source>
        <translation>Показується замість кількості й типу</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="65"/>
        <source>What you saw, and why you counted it so</source>
        <translation>Що ви побачили і чому порахували саме так</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="68"/>
        <source>Shape</source>
        <translation>Форма</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="69"/>
        <source>Drawn on</source>
        <translation>Намальовано на</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="70"/>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="70"/>
        <source>unknown</source>
        <translation>невідомо</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="71"/>
        <source>&amp;Kind</source>
        <translation>&amp;Тип</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="72"/>
        <source>C&amp;ount</source>
        <translation>&amp;Кількість</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="73"/>
        <source>&amp;Confidence</source>
        <translation>&amp;Упевненість</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="74"/>
        <source>&amp;Text</source>
        <translation>&amp;Текст</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="74"/>
        <source>&amp;Label</source>
        <translation>&amp;Підпис</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="75"/>
        <source>&amp;Note</source>
        <translation>П&amp;римітка</translation>
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
        <translation>Цю зміну неможливо внести</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationeditor.cpp" line="181"/>
        <source>Add %1</source>
        <translation>Додати %1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationeditor.cpp" line="198"/>
        <source>Change %1</source>
        <translation>Змінити %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/ui/sightline/ui/annotationeditor.cpp" line="215"/>
        <source>Delete %n annotation(s)</source>
        <translation>
            <numerusform>Видалити %n позначку</numerusform>
            <numerusform>Видалити %n позначки</numerusform>
            <numerusform>Видалити %n позначок</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationeditor.cpp" line="230"/>
        <location filename="../libs/ui/sightline/ui/annotationeditor.cpp" line="278"/>
        <source>Select annotations first: click one, or drag a box around several</source>
        <translation>Спершу виберіть позначки: клацніть одну або обведіть кілька прямокутником</translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/ui/sightline/ui/annotationeditor.cpp" line="257"/>
        <source>Change %n annotation(s)</source>
        <translation>
            <numerusform>Змінити %n позначку</numerusform>
            <numerusform>Змінити %n позначки</numerusform>
            <numerusform>Змінити %n позначок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/ui/sightline/ui/annotationeditor.cpp" line="279"/>
        <source>%n annotation(s) copied</source>
        <translation>
            <numerusform>Скопійовано %n позначку</numerusform>
            <numerusform>Скопійовано %n позначки</numerusform>
            <numerusform>Скопійовано %n позначок</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationeditor.cpp" line="286"/>
        <source>Nothing to paste: copy annotations first</source>
        <translation>Нічого вставляти: спершу скопіюйте позначки</translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/ui/sightline/ui/annotationeditor.cpp" line="294"/>
        <source>Paste %n annotation(s)</source>
        <translation>
            <numerusform>Вставити %n позначку</numerusform>
            <numerusform>Вставити %n позначки</numerusform>
            <numerusform>Вставити %n позначок</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationeditor.cpp" line="296"/>
        <source>Cannot paste</source>
        <translation>Не вдається вставити</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationeditor.cpp" line="344"/>
        <source>the map</source>
        <translation>карті</translation>
    </message>
</context>
<context>
    <name>sightline::ui::BasemapSourceDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/basemapsourcedialog.cpp" line="21"/>
        <source>Add basemap source</source>
        <translation>Додати джерело базової карти</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/basemapsourcedialog.cpp" line="25"/>
        <source>https://tiles.example.org/{z}/{x}/{y}.png, or a file</source>
        <translation>https://tiles.example.org/{z}/{x}/{y}.png або файл</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/basemapsourcedialog.cpp" line="26"/>
        <source>© OpenStreetMap contributors</source>
        <translation>© учасники OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/basemapsourcedialog.cpp" line="31"/>
        <source> a second</source>
        <translation> за секунду</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/basemapsourcedialog.cpp" line="32"/>
        <source>File…</source>
        <translation>Файл…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/basemapsourcedialog.cpp" line="39"/>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/basemapsourcedialog.cpp" line="40"/>
        <source>URL or file</source>
        <translation>URL або файл</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/basemapsourcedialog.cpp" line="41"/>
        <source>Attribution</source>
        <translation>Зазначення авторства</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/basemapsourcedialog.cpp" line="42"/>
        <source>Deepest zoom</source>
        <translation>Максимальний рівень масштабу</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/basemapsourcedialog.cpp" line="43"/>
        <source>Download rate</source>
        <translation>Швидкість завантаження</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/basemapsourcedialog.cpp" line="48"/>
        <source>Basemap file</source>
        <translation>Файл базової карти</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/basemapsourcedialog.cpp" line="49"/>
        <source>Basemaps (*.mbtiles *.gpkg *.tif *.tiff *.osm *.pbf *.geojson *.shp *.kml);;All files (*)</source>
        <translation>Базові карти (*.mbtiles *.gpkg *.tif *.tiff *.osm *.pbf *.geojson *.shp *.kml);;Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/basemapsourcedialog.cpp" line="79"/>
        <source>Give a URL or a file.</source>
        <translation>Вкажіть URL або файл.</translation>
    </message>
</context>
<context>
    <name>sightline::ui::BoxAnnotationTool</name>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationtool.cpp" line="217"/>
        <source>Click the other end of the box&apos;s edge; Escape drops it</source>
        <translation>Клацніть другий кінець сторони прямокутника; Escape скасовує</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationtool.cpp" line="219"/>
        <source>Move to the box&apos;s depth and click; Escape drops it</source>
        <translation>Доведіть до глибини прямокутника й клацніть; Escape скасовує</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationtool.cpp" line="220"/>
        <source>Drag a box around %1, or click three times for a rotated box (edge, then depth)</source>
        <translation>Обведіть %1 прямокутником або клацніть тричі для поверненого прямокутника (сторона, потім глибина)</translation>
    </message>
</context>
<context>
    <name>sightline::ui::BriefDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="39"/>
        <source>Making the brief…</source>
        <translation>Складання довідки…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="39"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="69"/>
        <source>Warning: %1</source>
        <translation>Попередження: %1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="78"/>
        <source>Write a brief</source>
        <translation>Скласти довідку</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="91"/>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="105"/>
        <source>Sites</source>
        <translation>Місця</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="94"/>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="96"/>
        <source>open</source>
        <translation>не обмежено</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="99"/>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="101"/>
        <source>Period from</source>
        <translation>Період з</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="104"/>
        <source>Key judgments</source>
        <translation>Ключові висновки</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="106"/>
        <source>Timeline</source>
        <translation>Хронологія</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="108"/>
        <source>Methods</source>
        <translation>Методи</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="113"/>
        <source>Sections</source>
        <translation>Розділи</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="117"/>
        <source>The project&apos;s (%1)</source>
        <translation>Як у проєкті (%1)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="118"/>
        <source>The project&apos;s (none)</source>
        <translation>Як у проєкті (немає)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="122"/>
        <source>Marking</source>
        <translation>Маркування</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="125"/>
        <source>For internal use: show imagery whose licence does not allow republication</source>
        <translation>Для внутрішнього використання: показувати знімки, ліцензія яких не дозволяє повторної публікації</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="127"/>
        <source>The brief then stays inside the organisation: its cover says &quot;For internal use only&quot;, and the custody log records each such scene as shown for internal use.</source>
        <translation>Тоді довідка не виходить за межі організації: на її обкладинці написано «For internal use only», а журнал ланцюга зберігання фіксує кожен такий знімок як показаний для внутрішнього використання.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="129"/>
        <source>Licences</source>
        <translation>Ліцензії</translation>
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
        <translation>Розмір сторінки</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="136"/>
        <source>Default</source>
        <translation>Типовий</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="137"/>
        <source>Compact</source>
        <translation>Стислий</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="138"/>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="142"/>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="144"/>
        <source>the analysts of the issued judgments</source>
        <translation>аналітики виданих висновків</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="145"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="147"/>
        <source>Bottom line up front (optional)</source>
        <translation>Головне — на початку (необов&apos;язково)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="149"/>
        <source>Bottom line</source>
        <translation>Головний висновок</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="167"/>
        <source>Page </source>
        <translation>Сторінка </translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="175"/>
        <source>&amp;Preview</source>
        <translation>&amp;Попередній перегляд</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="176"/>
        <source>&amp;Save…</source>
        <translation>&amp;Зберегти…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="214"/>
        <source>Choose at least one site, or leave the Sites section out.</source>
        <translation>Виберіть принаймні одне місце або вилучіть розділ «Місця».</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="243"/>
        <source>The preview cannot be shown.</source>
        <translation>Попередній перегляд неможливо показати.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="247"/>
        <source>%1 pages, %2 map figures.</source>
        <translation>Сторінок: %1, карт: %2.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="301"/>
        <source>These sentences mix a likelihood word with a confidence level; ICD 203 keeps them apart:&lt;br&gt;%1</source>
        <translation>Ці речення змішують слово ймовірності з рівнем упевненості; ICD 203 розділяє їх:&lt;br&gt;%1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="315"/>
        <source>Wrote %1 (%2 pages).</source>
        <translation>Записано %1 (сторінок: %2).</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="328"/>
        <source>Save the brief</source>
        <translation>Зберегти довідку</translation>
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
        <translation>Виноска</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationtool.cpp" line="331"/>
        <source>Text of the callout:</source>
        <translation>Текст виноски:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationtool.cpp" line="349"/>
        <source>Click where the callout goes, then type its text</source>
        <translation>Клацніть там, де має бути виноска, потім введіть її текст</translation>
    </message>
</context>
<context>
    <name>sightline::ui::CaptureView</name>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="34"/>
        <source>its content could not be read back</source>
        <translation>її вміст не вдалося прочитати</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="35"/>
        <source>it is not a valid PDF (damaged or another kind of file)</source>
        <translation>це не коректний PDF (пошкоджений або файл іншого типу)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="36"/>
        <source>it is protected by a password</source>
        <translation>її захищено паролем</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="37"/>
        <source>its encryption is not supported</source>
        <translation>її шифрування не підтримується</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="38"/>
        <source>the PDF reader could not open it</source>
        <translation>засіб перегляду PDF не зміг її відкрити</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="51"/>
        <source>the PDF reader did not finish reading it in time (%1 s)</source>
        <translation>засіб перегляду PDF не встиг її прочитати (%1 с)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="52"/>
        <source>the PDF reader failed on it</source>
        <translation>засіб перегляду PDF не зміг її прочитати</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="75"/>
        <source>&amp;Claim from selection</source>
        <translation>&amp;Твердження з виділеного</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="81"/>
        <source>Make a new claim that quotes the selected text, with its page or paragraph (%1)</source>
        <translation>Створити нове твердження, що цитує виділений текст, із зазначенням сторінки чи абзацу (%1)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="87"/>
        <source>Export capture…</source>
        <translation>Експортувати архівну копію…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="88"/>
        <source>Write the capture&apos;s stored bytes to a file; the custody log records the export</source>
        <translation>Записати збережені байти архівної копії у файл; журнал ланцюга зберігання фіксує експорт</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="90"/>
        <source>Show HTML source</source>
        <translation>Показати HTML-код</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="170"/>
        <source>Choose a capture of a source and open it to read it here.</source>
        <translation>Виберіть архівну копію джерела й відкрийте її, щоб прочитати тут.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="209"/>
        <source>This capture is no longer in the project.</source>
        <translation>Цієї архівної копії вже немає в проєкті.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="214"/>
        <source>capture %1</source>
        <translation>архівна копія %1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="222"/>
        <source>Cannot read capture “%1”: %2</source>
        <translation>Не вдається прочитати архівну копію «%1»: %2</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="232"/>
        <source>captured %1 by %2</source>
        <translation>збережено %1, автор: %2</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="237"/>
        <source>The content does not match its SHA-256: it has changed since it was captured.</source>
        <translation>Вміст не відповідає своєму SHA-256: його змінено після збереження.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="239"/>
        <source>SHA-256: %1
Original URL: %2</source>
        <translation>SHA-256: %1
Початкова URL-адреса: %2</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="241"/>
        <source>not recorded</source>
        <translation>не записано</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="257"/>
        <source>Cannot show capture “%1”: it is not an image this program can read.</source>
        <translation>Не вдається показати архівну копію «%1»: це не зображення, яке може прочитати ця програма.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="264"/>
        <source>Capture “%1” is of a kind this program does not show (%2). It is kept in the project with its hash; export it to open it elsewhere.</source>
        <translation>Архівна копія «%1» має тип, який ця програма не показує (%2). Її збережено в проєкті з хешем; експортуйте її, щоб відкрити деінде.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="279"/>
        <source>Cannot show capture “%1”: no temporary file for it (%2).</source>
        <translation>Не вдається показати архівну копію «%1»: немає тимчасового файлу для неї (%2).</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="290"/>
        <source>Reading “%1”…</source>
        <translation>Читання «%1»…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="300"/>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="305"/>
        <source>Cannot show capture “%1” as a PDF: %2.</source>
        <translation>Не вдається показати архівну копію «%1» як PDF: %2.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="55"/>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="306"/>
        <source>it has no pages</source>
        <translation>у ній немає сторінок</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="358"/>
        <source>Claim from %1, %2</source>
        <translation>Твердження з %1, %2</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="361"/>
        <source>Cannot make this claim</source>
        <translation>Не вдається створити це твердження</translation>
    </message>
</context>
<context>
    <name>sightline::ui::ClaimLedger</name>
    <message>
        <location filename="../libs/ui/sightline/ui/claimledger.cpp" line="22"/>
        <source>Show all claims</source>
        <translation>Показати всі твердження</translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/ui/sightline/ui/claimledger.cpp" line="151"/>
        <source>%n claim(s) of %1</source>
        <translation>
            <numerusform>%n твердження з %1</numerusform>
            <numerusform>%n твердження з %1</numerusform>
            <numerusform>%n тверджень з %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/ui/sightline/ui/claimledger.cpp" line="152"/>
        <source>All %n claim(s)</source>
        <translation>
            <numerusform>Усього %n твердження</numerusform>
            <numerusform>Усі %n твердження</numerusform>
            <numerusform>Усі %n тверджень</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/claimledger.cpp" line="155"/>
        <source> in the time window %1</source>
        <translation> у часовому вікні %1</translation>
    </message>
</context>
<context>
    <name>sightline::ui::ClaimTableModel</name>
    <message>
        <location filename="../libs/ui/sightline/ui/claimtablemodel.cpp" line="93"/>
        <source>%1
unit: %2; object kind: %3</source>
        <translation>%1
одиниця: %2; тип об&apos;єктів: %3</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/claimtablemodel.cpp" line="112"/>
        <source>Grade</source>
        <translation>Оцінка</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/claimtablemodel.cpp" line="112"/>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/claimtablemodel.cpp" line="112"/>
        <source>Quantity</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/claimtablemodel.cpp" line="113"/>
        <source>Sites</source>
        <translation>Місця</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/claimtablemodel.cpp" line="113"/>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/claimtablemodel.cpp" line="113"/>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/claimtablemodel.cpp" line="114"/>
        <source>Locator</source>
        <translation>Місце в джерелі</translation>
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
        <translation>Пересуньте чи змініть масштаб будь-якої карти — інші підлаштуються. Кожна карта показує один знімок або карту на певну дату.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/comparisonview.cpp" line="31"/>
        <source>Add a map</source>
        <translation>Додати карту</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/comparisonview.cpp" line="32"/>
        <source>Remove the last map</source>
        <translation>Прибрати останню карту</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/comparisonview.cpp" line="69"/>
        <source>The map at a date</source>
        <translation>Карта на дату</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/comparisonview.cpp" line="70"/>
        <source>A time window of its own</source>
        <translation>Власне часове вікно</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/comparisonview.cpp" line="93"/>
        <source>What this map shows: one scene, or the map at a date</source>
        <translation>Що показує ця карта: один знімок або карту на дату</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/comparisonview.cpp" line="99"/>
        <source>open</source>
        <translation>не обмежено</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/comparisonview.cpp" line="103"/>
        <source>From: the start of this map&apos;s own time window (2023, 2023-08, 2023-08-15)</source>
        <translation>З: початок власного часового вікна цієї карти (2023, 2023-08, 2023-08-15)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/comparisonview.cpp" line="104"/>
        <source>To: the end of this map&apos;s own time window</source>
        <translation>До: кінець власного часового вікна цієї карти</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/comparisonview.cpp" line="240"/>
        <source>From</source>
        <translation>З</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/comparisonview.cpp" line="240"/>
        <source>To</source>
        <translation>До</translation>
    </message>
</context>
<context>
    <name>sightline::ui::ConflictsView</name>
    <message>
        <location filename="../libs/ui/sightline/ui/conflictsview.cpp" line="32"/>
        <source>Object</source>
        <translation>Об&apos;єкт</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/conflictsview.cpp" line="32"/>
        <source>Site</source>
        <translation>Місце</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/conflictsview.cpp" line="32"/>
        <source>Claim A</source>
        <translation>Твердження A</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/conflictsview.cpp" line="32"/>
        <source>Date A</source>
        <translation>Дата A</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/conflictsview.cpp" line="32"/>
        <source>Grade A</source>
        <translation>Оцінка A</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/conflictsview.cpp" line="33"/>
        <source>Claim B</source>
        <translation>Твердження B</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/conflictsview.cpp" line="33"/>
        <source>Date B</source>
        <translation>Дата B</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/conflictsview.cpp" line="33"/>
        <source>Grade B</source>
        <translation>Оцінка B</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/conflictsview.cpp" line="33"/>
        <source>Why they conflict</source>
        <translation>Чому вони суперечать</translation>
    </message>
</context>
<context>
    <name>sightline::ui::EditSitesTool</name>
    <message>
        <location filename="../libs/ui/sightline/ui/editsitestool.cpp" line="87"/>
        <source>Click to add a site or edit the one under the cursor; drag a site to move it</source>
        <translation>Клацніть, щоб додати місце або змінити те, що під курсором; перетягніть місце, щоб перемістити його</translation>
    </message>
</context>
<context>
    <name>sightline::ui::EventDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="65"/>
        <source>New event</source>
        <translation>Нова подія</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="65"/>
        <source>Edit event</source>
        <translation>Редагувати подію</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="68"/>
        <source>2023-09-13, 2023-09, 2023-09-07/2023-10-01, ../2024-12-23</source>
        <translation>2023-09-13, 2023-09, 2023-09-07/2023-10-01, ../2024-12-23</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="80"/>
        <source>No location</source>
        <translation>Без розташування</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="81"/>
        <source>Typed coordinates</source>
        <translation>Введені координати</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="83"/>
        <source>At %1</source>
        <translation>Місце: %1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="84"/>
        <source>latitude, longitude: 42.25, 130.3</source>
        <translation>широта, довгота: 42.25, 130.3</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="111"/>
        <source>Claim: “%1”</source>
        <translation>Твердження: «%1»</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="117"/>
        <source>Observation: %1 %2, %3</source>
        <translation>Спостереження: %1 %2, %3</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="126"/>
        <source>&amp;Title:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="127"/>
        <source>T&amp;ime:</source>
        <translation>&amp;Час:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="129"/>
        <source>&amp;Sites:</source>
        <translation>&amp;Місця:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="130"/>
        <source>S&amp;ources:</source>
        <translation>&amp;Джерела:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="134"/>
        <source>&amp;Location:</source>
        <translation>&amp;Розташування:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="136"/>
        <source>&amp;Rests on:</source>
        <translation>&amp;Ґрунтується на:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="137"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Примітки:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="151"/>
        <source>, a range 2023-09-07/2023-10-01, ../2024-12-23 (no later than) or 2024-03/.. (since)</source>
        <translation>, проміжок 2023-09-07/2023-10-01, ../2024-12-23 (не пізніше) або 2024-03/.. (від)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="156"/>
        <source>&quot;%1&quot; is not a point: latitude (−90 to 90) and longitude (−180 to 180) in decimal degrees, separated by a comma (42.25, 130.3)</source>
        <translation>«%1» — не точка: широта (від −90 до 90) і довгота (від −180 до 180) у десяткових градусах із крапкою як десятковим знаком, розділені комою (42.25, 130.3)</translation>
    </message>
</context>
<context>
    <name>sightline::ui::GcpTableModel</name>
    <message>
        <location filename="../libs/ui/sightline/ui/gcptablemodel.cpp" line="42"/>
        <source>pick on the map</source>
        <translation>вкажіть на карті</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/gcptablemodel.cpp" line="84"/>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/gcptablemodel.cpp" line="85"/>
        <source>Image x</source>
        <translation>Зображення x</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/gcptablemodel.cpp" line="86"/>
        <source>Image y</source>
        <translation>Зображення y</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/gcptablemodel.cpp" line="87"/>
        <source>Longitude</source>
        <translation>Довгота</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/gcptablemodel.cpp" line="88"/>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/gcptablemodel.cpp" line="89"/>
        <source>Residual (px)</source>
        <translation>Нев&apos;язка (пкс)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/gcptablemodel.cpp" line="90"/>
        <source>Residual (m)</source>
        <translation>Нев&apos;язка (м)</translation>
    </message>
</context>
<context>
    <name>sightline::ui::GeorefImageView</name>
    <message>
        <location filename="../libs/ui/sightline/ui/georefimageview.cpp" line="68"/>
        <source>The image cannot be shown</source>
        <translation>Зображення неможливо показати</translation>
    </message>
</context>
<context>
    <name>sightline::ui::GeoreferenceDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="91"/>
        <source>&amp;Remove point</source>
        <translation>&amp;Прибрати точку</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="92"/>
        <source>&amp;Save as scene…</source>
        <translation>&amp;Зберегти як знімок…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="94"/>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="284"/>
        <source>Georeference %1</source>
        <translation>Геоприв&apos;язка %1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="114"/>
        <source>Polynomial, order 1 (affine; 3 points or more)</source>
        <translation>Поліном 1-го порядку (афінне; від 3 точок)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="116"/>
        <source>Polynomial, order 2 (6 points or more)</source>
        <translation>Поліном 2-го порядку (від 6 точок)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="117"/>
        <source>Thin-plate spline (3 points or more; passes through every point)</source>
        <translation>Сплайн тонкої пластини (від 3 точок; проходить через кожну точку)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="123"/>
        <source>Image: click to add a point</source>
        <translation>Зображення: клацніть, щоб додати точку</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="124"/>
        <source>Map: click the same place</source>
        <translation>Карта: клацніть те саме місце</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="135"/>
        <source>Method:</source>
        <translation>Метод:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="218"/>
        <source>RMS residual: &lt;b&gt;%1 px&lt;/b&gt;, %2 m on the ground</source>
        <translation>Середньоквадратична нев&apos;язка: &lt;b&gt;%1 пкс&lt;/b&gt;, %2 м на місцевості</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="232"/>
        <source>Point %1: now click the same place on the map, or type its longitude and latitude in the table.</source>
        <translation>Точка %1: тепер клацніть те саме місце на карті або введіть його довготу й широту в таблицю.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="236"/>
        <source>Click a place on the image you can also find on the map (a road junction, a building corner), then click it on the map. Spread the points over the whole image.</source>
        <translation>Клацніть на зображенні місце, яке можна знайти й на карті (перехрестя доріг, кут будівлі), потім клацніть його на карті. Розподіліть точки по всьому зображенню.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="239"/>
        <source>Add more points to check the fit: a large residual is a point placed wrongly. Save when the residuals are small.</source>
        <translation>Додайте більше точок, щоб перевірити припасування: велика нев&apos;язка — це неправильно поставлена точка. Зберігайте, коли нев&apos;язки малі.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="264"/>
        <source>Save the georeferenced image</source>
        <translation>Зберегти геоприв&apos;язане зображення</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="265"/>
        <source>GeoTIFF (*.tif *.tiff)</source>
        <translation>GeoTIFF (*.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="271"/>
        <source>Cannot save the georeferenced image</source>
        <translation>Не вдається зберегти геоприв&apos;язане зображення</translation>
    </message>
</context>
<context>
    <name>sightline::ui::GuideWindow</name>
    <message>
        <location filename="../libs/ui/sightline/ui/guidewindow.cpp" line="12"/>
        <source>Getting started with Sightline</source>
        <translation>Початок роботи з Sightline</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/guidewindow.cpp" line="19"/>
        <source>The guide is missing from this build (%1).</source>
        <translation>Посібника немає в цій збірці (%1).</translation>
    </message>
</context>
<context>
    <name>sightline::ui::JudgmentDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentdialog.cpp" line="25"/>
        <source>New judgment</source>
        <translation>Новий висновок</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentdialog.cpp" line="25"/>
        <source>Edit judgment</source>
        <translation>Редагувати висновок</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentdialog.cpp" line="41"/>
        <source>2023-09/2024-12, 2023-10-05, ../2024-12-23</source>
        <translation>2023-09/2024-12, 2023-10-05, ../2024-12-23</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentdialog.cpp" line="66"/>
        <source>&amp;Statement:</source>
        <translation>&amp;Формулювання:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentdialog.cpp" line="67"/>
        <source>&amp;Likelihood:</source>
        <translation>&amp;Ймовірність:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentdialog.cpp" line="68"/>
        <source>&amp;Confidence:</source>
        <translation>&amp;Упевненість:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentdialog.cpp" line="69"/>
        <source>&amp;Period:</source>
        <translation>&amp;Період:</translation>
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
        <translation>&amp;Примітки:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentdialog.cpp" line="76"/>
        <source>Rests on &amp;claims:</source>
        <translation>Ґрунтується на &amp;твердженнях:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentdialog.cpp" line="92"/>
        <source>not a time</source>
        <translation>це не час</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentdialog.cpp" line="93"/>
        <source>Not a time: write 2023-10-05, 2023-09, 2023-09-07/2023-10-01 or ../2024-12-23</source>
        <translation>Це не час: напишіть 2023-10-05, 2023-09, 2023-09-07/2023-10-01 або ../2024-12-23</translation>
    </message>
</context>
<context>
    <name>sightline::ui::JudgmentPanel</name>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentpanel.cpp" line="20"/>
        <source>&amp;Add…</source>
        <translation>&amp;Додати…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentpanel.cpp" line="20"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Редагувати…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentpanel.cpp" line="21"/>
        <source>&amp;Delete</source>
        <translation>&amp;Видалити</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentpanel.cpp" line="130"/>
        <source>Add judgment</source>
        <translation>Додати висновок</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentpanel.cpp" line="130"/>
        <source>Edit judgment</source>
        <translation>Редагувати висновок</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentpanel.cpp" line="145"/>
        <source>Delete judgment &quot;%1&quot;</source>
        <translation>Видалити висновок «%1»</translation>
    </message>
</context>
<context>
    <name>sightline::ui::JudgmentTableModel</name>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmenttablemodel.cpp" line="65"/>
        <source>! needs review</source>
        <translation>! потребує перевірки</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmenttablemodel.cpp" line="73"/>
        <source>ICD 203: &quot;%1&quot; (also &quot;%2&quot;) means %3</source>
        <translation>ICD 203: «%1» (також «%2») означає %3</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmenttablemodel.cpp" line="88"/>
        <source>Judgment</source>
        <translation>Висновок</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmenttablemodel.cpp" line="89"/>
        <source>Likelihood</source>
        <translation>Ймовірність</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmenttablemodel.cpp" line="90"/>
        <source>Confidence</source>
        <translation>Упевненість</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmenttablemodel.cpp" line="91"/>
        <source>Period</source>
        <translation>Період</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmenttablemodel.cpp" line="92"/>
        <source>Rests on</source>
        <translation>Ґрунтується на</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmenttablemodel.cpp" line="93"/>
        <source>Review</source>
        <translation>Перевірка</translation>
    </message>
</context>
<context>
    <name>sightline::ui::LayerPanel</name>
    <message>
        <location filename="../libs/ui/sightline/ui/layerpanel.cpp" line="27"/>
        <source>Opacity of the selected layer</source>
        <translation>Непрозорість вибраного шару</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/layerpanel.cpp" line="29"/>
        <source>Up</source>
        <translation>Вище</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/layerpanel.cpp" line="30"/>
        <source>Draw the selected layer higher</source>
        <translation>Малювати вибраний шар вище</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/layerpanel.cpp" line="32"/>
        <source>Down</source>
        <translation>Нижче</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/layerpanel.cpp" line="33"/>
        <source>Draw the selected layer lower</source>
        <translation>Малювати вибраний шар нижче</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/layerpanel.cpp" line="35"/>
        <source>Remove</source>
        <translation>Прибрати</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/layerpanel.cpp" line="36"/>
        <source>Remove the selected reference layer</source>
        <translation>Прибрати вибраний довідковий шар</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/layerpanel.cpp" line="38"/>
        <source>Zoom</source>
        <translation>Наблизити</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/layerpanel.cpp" line="39"/>
        <source>Zoom to the selected layer</source>
        <translation>Показати вибраний шар повністю</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/layerpanel.cpp" line="48"/>
        <source>Opacity</source>
        <translation>Непрозорість</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/layerpanel.cpp" line="136"/>
        <source>Which source this layer draws</source>
        <translation>Яке джерело малює цей шар</translation>
    </message>
</context>
<context>
    <name>sightline::ui::LinkDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="60"/>
        <source>&lt;i&gt;No claim chosen&lt;/i&gt;</source>
        <translation>&lt;i&gt;Твердження не вибрано&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="76"/>
        <source>&amp;Swap direction</source>
        <translation>&amp;Змінити напрямок</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="77"/>
        <source>&amp;Remove link</source>
        <translation>&amp;Прибрати зв&apos;язок</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="101"/>
        <source>(choose a claim)</source>
        <translation>(виберіть твердження)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="120"/>
        <source>Which claim supports, or depends on, the other</source>
        <translation>Яке твердження підкріплює інше або залежить від нього</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="123"/>
        <source>Why they are linked: what agrees, what does not</source>
        <translation>Чому їх зв&apos;язано: що збігається, що ні</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="126"/>
        <source>Claim 1</source>
        <translation>Твердження 1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="128"/>
        <source>Claim 2</source>
        <translation>Твердження 2</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="133"/>
        <source>R&amp;elation:</source>
        <translation>&amp;Відношення:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="142"/>
        <source>&amp;Note:</source>
        <translation>П&amp;римітка:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="208"/>
        <source>Edit link between claims</source>
        <translation>Редагувати зв&apos;язок між твердженнями</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="208"/>
        <source>Link claims</source>
        <translation>Зв&apos;язати твердження</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="218"/>
        <source>Claim 2 %1 claim 1.</source>
        <translation>Твердження 2 %1 твердження 1.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="219"/>
        <source>Claim 1 %1 claim 2.</source>
        <translation>Твердження 1 %1 твердження 2.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="228"/>
        <source>A claim cannot be linked to itself</source>
        <translation>Твердження не можна зв&apos;язати із самим собою</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="246"/>
        <source>Remove link: %1</source>
        <translation>Прибрати зв&apos;язок: %1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="253"/>
        <source>Edit link: %1</source>
        <translation>Редагувати зв&apos;язок: %1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="254"/>
        <source>Link claims: %1</source>
        <translation>Зв&apos;язати твердження: %1</translation>
    </message>
</context>
<context>
    <name>sightline::ui::MeasureTool</name>
    <message>
        <location filename="../libs/ui/sightline/ui/measuretool.cpp" line="133"/>
        <source>Click to start measuring; right click or double click ends</source>
        <translation>Клацніть, щоб почати вимірювання; клацання правою кнопкою чи подвійне клацання завершує</translation>
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
        <translation>площа %1 кв. миль (%2 акр.), периметр </translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/measuretool.cpp" line="152"/>
        <source>area %1 km² (%2 ha), perimeter </source>
        <translation>площа %1 км² (%2 га), периметр </translation>
    </message>
</context>
<context>
    <name>sightline::ui::MergeConflictDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="24"/>
        <source>(none: deleted or not set)</source>
        <translation>(немає: вилучено або не задано)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="27"/>
        <source>(a geometry)</source>
        <translation>(геометрія)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="41"/>
        <source>by %1, %2</source>
        <translation>автор: %1, %2</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="50"/>
        <source>Merge conflicts</source>
        <translation>Конфлікти об&apos;єднання</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="68"/>
        <source>Keep &amp;mine</source>
        <translation>Залишити &amp;мою версію</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="70"/>
        <source>Keep &amp;theirs</source>
        <translation>Залишити &amp;їхню версію</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="72"/>
        <source>&amp;Use this value</source>
        <translation>&amp;Використати це значення</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="76"/>
        <source>Conflict:</source>
        <translation>Конфлікт:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="77"/>
        <source>Ancestor:</source>
        <translation>Спільний предок:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="78"/>
        <source>Mine:</source>
        <translation>Моя версія:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="79"/>
        <source>Theirs:</source>
        <translation>Їхня версія:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="80"/>
        <source>Edited:</source>
        <translation>Змінене значення:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="138"/>
        <source>No unresolved conflicts.</source>
        <translation>Нерозв&apos;язаних конфліктів немає.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="169"/>
        <source>Keep mine in a merge conflict</source>
        <translation>Залишити мою версію в конфлікті об&apos;єднання</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="174"/>
        <source>Keep theirs in a merge conflict</source>
        <translation>Залишити їхню версію в конфлікті об&apos;єднання</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="186"/>
        <source>Not a value: type a number, true, false or null.</source>
        <translation>Це не значення: введіть число, true, false або null.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="191"/>
        <source>Edit a merge conflict&apos;s value</source>
        <translation>Змінити значення в конфлікті об&apos;єднання</translation>
    </message>
</context>
<context>
    <name>sightline::ui::NewProjectDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/newprojectdialog.cpp" line="18"/>
        <location filename="../libs/ui/sightline/ui/newprojectdialog.cpp" line="83"/>
        <source>New project</source>
        <translation>Новий проєкт</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/newprojectdialog.cpp" line="21"/>
        <source>Where the project file goes (.gpkg)</source>
        <translation>Де буде файл проєкту (.gpkg)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/newprojectdialog.cpp" line="23"/>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/newprojectdialog.cpp" line="27"/>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/newprojectdialog.cpp" line="29"/>
        <source>The file&apos;s name</source>
        <translation>Назва файлу</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/newprojectdialog.cpp" line="30"/>
        <source>&amp;Title:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/newprojectdialog.cpp" line="34"/>
        <source>&amp;Grading:</source>
        <translation>&amp;Оцінювання:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/newprojectdialog.cpp" line="36"/>
        <source>None</source>
        <translation>Немає</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/newprojectdialog.cpp" line="39"/>
        <source>&amp;Marking:</source>
        <translation>&amp;Маркування:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/newprojectdialog.cpp" line="47"/>
        <source>Create</source>
        <translation>Створити</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/newprojectdialog.cpp" line="84"/>
        <source>Sightline projects (*.gpkg)</source>
        <translation>Проєкти Sightline (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/newprojectdialog.cpp" line="95"/>
        <source>%1 already exists; a new project is never written over a file.</source>
        <translation>%1 уже існує; новий проєкт ніколи не записується поверх файлу.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/newprojectdialog.cpp" line="99"/>
        <source>No handling marking: briefs and exports carry none.</source>
        <translation>Без маркування поширення: довідки й експорти його не матимуть.</translation>
    </message>
</context>
<context>
    <name>sightline::ui::ObjectKindForm</name>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="40"/>
        <source>Edit object kind</source>
        <translation>Редагувати тип об&apos;єктів</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="40"/>
        <source>Add object kind</source>
        <translation>Додати тип об&apos;єктів</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="43"/>
        <source>Fuel wagon</source>
        <translation>Цистерна</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="46"/>
        <source>How files and the command line name the kind: lower-case words joined by underscores</source>
        <translation>Як тип називають файли й командний рядок: слова малими літерами, з&apos;єднані підкресленнями</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="52"/>
        <source>&amp;Name</source>
        <translation>&amp;Назва</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="53"/>
        <source>&amp;Key</source>
        <translation>К&amp;люч</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="55"/>
        <source>&amp;Colour</source>
        <translation>&amp;Колір</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="73"/>
        <source>Colour of the kind</source>
        <translation>Колір типу</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="98"/>
        <source>The kind needs a name.</source>
        <translation>Типу потрібна назва.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="100"/>
        <source>The key is not sound: use lower-case words joined by underscores, such as “fuel_wagon”.</source>
        <translation>Ключ некоректний: використайте слова малими літерами, з&apos;єднані підкресленнями, наприклад «fuel_wagon».</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="102"/>
        <source>“%1” is a built-in kind.</source>
        <translation>«%1» — вбудований тип.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="102"/>
        <source>The project has a kind “%1”.</source>
        <translation>У проєкті вже є тип «%1».</translation>
    </message>
</context>
<context>
    <name>sightline::ui::ObjectKindsDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="111"/>
        <source>Object kinds</source>
        <translation>Типи об&apos;єктів</translation>
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
        <translation>Походження</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="113"/>
        <source>Annotations</source>
        <translation>Позначки</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="121"/>
        <source>&amp;Add kind…</source>
        <translation>&amp;Додати тип…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="122"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Редагувати…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="130"/>
        <source>Built-in kinds are shared by every project; kinds of this project&apos;s own can be added, renamed and recoloured.</source>
        <translation>Вбудовані типи спільні для всіх проєктів; власні типи цього проєкту можна додавати, перейменовувати й перефарбовувати.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="169"/>
        <source>built in</source>
        <translation>вбудований</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="169"/>
        <source>this project</source>
        <translation>цей проєкт</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="187"/>
        <source>Edit kind %1</source>
        <translation>Редагувати тип %1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="187"/>
        <source>Add kind %1</source>
        <translation>Додати тип %1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="189"/>
        <source>Cannot save the kind</source>
        <translation>Не вдається зберегти тип</translation>
    </message>
</context>
<context>
    <name>sightline::ui::OfflineAreaDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/offlineareadialog.cpp" line="23"/>
        <source>Make this area available offline</source>
        <translation>Зробити цю ділянку доступною офлайн</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/offlineareadialog.cpp" line="31"/>
        <source>Service</source>
        <translation>Сервіс</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/offlineareadialog.cpp" line="32"/>
        <source>Area</source>
        <translation>Ділянка</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/offlineareadialog.cpp" line="38"/>
        <source>From zoom</source>
        <translation>Від рівня масштабу</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/offlineareadialog.cpp" line="39"/>
        <source>To zoom</source>
        <translation>До рівня масштабу</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/offlineareadialog.cpp" line="43"/>
        <source>Download</source>
        <translation>Завантажити</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/offlineareadialog.cpp" line="65"/>
        <source>%1 tiles: more than the %2 a download may ask of a service. Choose fewer zoom levels or a smaller area.</source>
        <translation>Тайлів: %1 — більше за %2, які одне завантаження може запитати в сервісу. Виберіть менше рівнів масштабу або меншу ділянку.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/offlineareadialog.cpp" line="69"/>
        <source>%1 tiles, at most %2 a second.</source>
        <translation>Тайлів: %1, не більше %2 за секунду.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/offlineareadialog.cpp" line="100"/>
        <source>Cancelled after %1 tiles.</source>
        <translation>Скасовано. Уже завантажено тайлів: %1.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/offlineareadialog.cpp" line="101"/>
        <source>%1 tiles kept for offline use.</source>
        <translation>Тайлів збережено для роботи офлайн: %1.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/offlineareadialog.cpp" line="107"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
</context>
<context>
    <name>sightline::ui::OverviewBar</name>
    <message>
        <location filename="../libs/ui/sightline/ui/overviewbar.cpp" line="15"/>
        <source>Build overviews</source>
        <translation>Побудувати оглядові рівні</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/overviewbar.cpp" line="15"/>
        <source>Not now</source>
        <translation>Не зараз</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/overviewbar.cpp" line="16"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/overviewbar.cpp" line="81"/>
        <source>%1 has no overviews: it draws slowly when zoomed out</source>
        <translation>%1 не має оглядових рівнів: при зменшенні масштабу він малюється повільно</translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/ui/sightline/ui/overviewbar.cpp" line="82"/>
        <source>%n image(s) have no overviews: they draw slowly when zoomed out</source>
        <translation>
            <numerusform>%n знімок не має оглядових рівнів: при зменшенні масштабу він малюється повільно</numerusform>
            <numerusform>%n знімки не мають оглядових рівнів: при зменшенні масштабу вони малюються повільно</numerusform>
            <numerusform>%n знімків не мають оглядових рівнів: при зменшенні масштабу вони малюються повільно</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/overviewbar.cpp" line="130"/>
        <source>Building overviews of %1 (%2 of %3)</source>
        <translation>Побудова оглядових рівнів %1 (%2 з %3)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/overviewbar.cpp" line="131"/>
        <source>Building overviews of %1</source>
        <translation>Побудова оглядових рівнів %1</translation>
    </message>
</context>
<context>
    <name>sightline::ui::PathAnnotationTool</name>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationtool.cpp" line="318"/>
        <source>Click the outline&apos;s corners around %1; double-click or Enter ends it</source>
        <translation>Клацайте кути контуру навколо %1; подвійне клацання чи Enter завершує</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationtool.cpp" line="320"/>
        <source>Click the line&apos;s points; double-click or Enter ends it</source>
        <translation>Клацайте точки лінії; подвійне клацання чи Enter завершує</translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/ui/sightline/ui/annotationtool.cpp" line="321"/>
        <source>%n point(s); double-click or Enter ends, Backspace takes the last back, Escape drops it</source>
        <translation>
            <numerusform>%n точка; подвійне клацання чи Enter завершує, Backspace прибирає останню, Escape скасовує</numerusform>
            <numerusform>%n точки; подвійне клацання чи Enter завершує, Backspace прибирає останню, Escape скасовує</numerusform>
            <numerusform>%n точок; подвійне клацання чи Enter завершує, Backspace прибирає останню, Escape скасовує</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sightline::ui::PointAnnotationTool</name>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationtool.cpp" line="112"/>
        <source>Counting (%1): click each one; Backspace takes the last back</source>
        <extracomment>%1: the kind being counted, &quot;railcar&quot;</extracomment>
        <translation>Лічба (%1): клацніть кожен; Backspace прибирає останній</translation>
    </message>
</context>
<context>
    <name>sightline::ui::Preferences</name>
    <message>
        <location filename="../libs/ui/sightline/ui/preferences.cpp" line="37"/>
        <source>The settings file %1 could not be read, so Sightline starts with its default settings. The unreadable file is kept as %2.</source>
        <translation>Не вдалося прочитати файл налаштувань %1, тому Sightline запускається з типовими налаштуваннями. Непрочитний файл збережено як %2.</translation>
    </message>
</context>
<context>
    <name>sightline::ui::PreferencesDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="20"/>
        <source>Preferences</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="24"/>
        <source>Written as the author of every record and custody entry you make.</source>
        <translation>Зазначається як автор усіх ваших записів і записів ланцюга зберігання.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="25"/>
        <source>&amp;Analyst&apos;s name:</source>
        <translation>&amp;Ім&apos;я аналітика:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="28"/>
        <source>The map&apos;s CRS when a project opens: EPSG:3857, EPSG:4326, EPSG:32652, ...</source>
        <translation>Система координат карти під час відкриття проєкту: EPSG:3857, EPSG:4326, EPSG:32652, ...</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="29"/>
        <source>Default &amp;CRS:</source>
        <translation>Типова система &amp;координат:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="35"/>
        <source>Decimal degrees (42.42170, 130.60260)</source>
        <translation>Десяткові градуси (42.42170, 130.60260)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="36"/>
        <source>Degrees, minutes, seconds (42°25′18.1″N)</source>
        <translation>Градуси, хвилини, секунди (42°25′18.1″N)</translation>
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
        <translation>Метричні (м, км)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="43"/>
        <source>Imperial (ft, mi)</source>
        <translation>Імперські (фути, милі)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="45"/>
        <source>&amp;Units:</source>
        <translation>&amp;Одиниці:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="49"/>
        <source> MB</source>
        <translation> МБ</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="51"/>
        <source>&amp;Tile cache:</source>
        <translation>Кеш &amp;тайлів:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="53"/>
        <source>Fetch basemap tiles from the &amp;network</source>
        <translation>Завантажувати тайли базової карти з мере&amp;жі</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="58"/>
        <source>The system&apos;s language</source>
        <translation>Мова системи</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="62"/>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="68"/>
        <source>None</source>
        <translation>Немає</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="72"/>
        <source>New projects&apos; &amp;marking:</source>
        <translation>Маркування &amp;нових проєктів:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="112"/>
        <source>The language changes when Sightline starts again.</source>
        <translation>Мова зміниться після перезапуску Sightline.</translation>
    </message>
</context>
<context>
    <name>sightline::ui::ReviewView</name>
    <message>
        <location filename="../libs/ui/sightline/ui/reviewview.cpp" line="29"/>
        <location filename="../libs/ui/sightline/ui/reviewview.cpp" line="146"/>
        <source>Mark reviewed</source>
        <translation>Позначити як перевірене</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/reviewview.cpp" line="32"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/reviewview.cpp" line="32"/>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/reviewview.cpp" line="32"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/reviewview.cpp" line="32"/>
        <source>Raised</source>
        <translation>Виявлено</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/reviewview.cpp" line="42"/>
        <source>Note (optional)</source>
        <translation>Примітка (необов&apos;язково)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/reviewview.cpp" line="148"/>
        <source>Could not mark the record reviewed: %1</source>
        <translation>Не вдалося позначити запис як перевірений: %1</translation>
    </message>
</context>
<context>
    <name>sightline::ui::SceneChoice</name>
    <message>
        <location filename="../libs/core/sightline/core/scene.cpp" line="124"/>
        <source>undated</source>
        <translation>без дати</translation>
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
        <translation>порожньо для моменту</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="46"/>
        <source>WorldView-3, Pléiades Neo …</source>
        <translation>WorldView-3, Pléiades Neo …</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="47"/>
        <source>degrees, 0–90</source>
        <translation>градуси, 0–90</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="48"/>
        <source>per cent, 0–100</source>
        <translation>відсотки, 0–100</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="51"/>
        <source>Details of %1</source>
        <translation>Дані %1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="63"/>
        <source>A time, a day, a month or a year (2023-10-05T02:14Z, 2023-10-05, 2023-10); &quot;..&quot; for an open start</source>
        <translation>Час, день, місяць або рік (2023-10-05T02:14Z, 2023-10-05, 2023-10); «..» — відкритий початок</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="65"/>
        <source>The end of the range the provider gives; empty for one instant, &quot;..&quot; for an open end</source>
        <translation>Кінець проміжку, який указує постачальник; порожньо для одного моменту, «..» — відкритий кінець</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="77"/>
        <source>Provider</source>
        <translation>Постачальник</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="78"/>
        <source>Provider&apos;s scene id</source>
        <translation>Ідентифікатор знімка в постачальника</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="79"/>
        <source>Acquired (start or instant)</source>
        <translation>Знято (початок або момент)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="80"/>
        <source>Acquired until (end of range)</source>
        <translation>Знято до (кінець проміжку)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="81"/>
        <source>Sensor</source>
        <translation>Сенсор</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="82"/>
        <source>Off-nadir angle (°)</source>
        <translation>Кут відхилення від надиру (°)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="83"/>
        <source>Cloud cover (%)</source>
        <translation>Хмарність (%)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="84"/>
        <source>Licence</source>
        <translation>Ліцензія</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="85"/>
        <source>Notes</source>
        <translation>Примітки</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="123"/>
        <source>Give the start, or &quot;..&quot; when only the end is known</source>
        <translation>Укажіть початок або «..», якщо відомий лише кінець</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="130"/>
        <source>The end of the range must come after its start</source>
        <translation>Кінець проміжку має бути пізніше за початок</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="136"/>
        <source>Not a time: %1</source>
        <translation>Це не час: %1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="160"/>
        <source>An angle from 0 to 90 degrees, or empty when unknown</source>
        <translation>Кут від 0 до 90 градусів або порожньо, якщо невідомо</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="162"/>
        <source>A percentage from 0 to 100, or empty when unknown</source>
        <translation>Відсоток від 0 до 100 або порожньо, якщо невідомо</translation>
    </message>
</context>
<context>
    <name>sightline::ui::SceneDisplayDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedisplaydialog.cpp" line="42"/>
        <source>Display of %1</source>
        <translation>Відображення %1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedisplaydialog.cpp" line="46"/>
        <source>from the file</source>
        <translation>з файлу</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedisplaydialog.cpp" line="50"/>
        <source>Automatic (8-bit as it is, others 2–98 %)</source>
        <translation>Автоматично (8-бітні як є, інші 2–98 %)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedisplaydialog.cpp" line="51"/>
        <source>None (the pixel type&apos;s range)</source>
        <translation>Немає (діапазон типу пікселя)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedisplaydialog.cpp" line="52"/>
        <source>Darkest to brightest value</source>
        <translation>Від найтемнішого до найсвітлішого значення</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedisplaydialog.cpp" line="53"/>
        <source>Percentiles</source>
        <translation>Процентилі</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedisplaydialog.cpp" line="54"/>
        <source>Fixed values</source>
        <translation>Фіксовані значення</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedisplaydialog.cpp" line="58"/>
        <source>Bands (red, green, blue)</source>
        <translation>Канали (червоний, зелений, синій)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedisplaydialog.cpp" line="59"/>
        <source>Stretch</source>
        <translation>Розтягування</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedisplaydialog.cpp" line="60"/>
        <source>Percentiles (low, high)</source>
        <translation>Процентилі (нижній, верхній)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedisplaydialog.cpp" line="61"/>
        <source>Lowest values (red, green, blue)</source>
        <translation>Найменші значення (червоний, зелений, синій)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedisplaydialog.cpp" line="62"/>
        <source>Highest values (red, green, blue)</source>
        <translation>Найбільші значення (червоний, зелений, синій)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedisplaydialog.cpp" line="63"/>
        <source>Gamma</source>
        <translation>Гамма</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedisplaydialog.cpp" line="64"/>
        <source>Brightness</source>
        <translation>Яскравість</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedisplaydialog.cpp" line="65"/>
        <source>Contrast</source>
        <translation>Контраст</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedisplaydialog.cpp" line="66"/>
        <source>Opacity</source>
        <translation>Непрозорість</translation>
    </message>
</context>
<context>
    <name>sightline::ui::SearchPanel</name>
    <message>
        <location filename="../libs/ui/sightline/ui/searchpanel.cpp" line="26"/>
        <source>Search sources, claims, sites, events, captures</source>
        <translation>Пошук у джерелах, твердженнях, місцях, подіях, архівних копіях</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/searchpanel.cpp" line="29"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/searchpanel.cpp" line="29"/>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/searchpanel.cpp" line="29"/>
        <source>Match</source>
        <translation>Збіг</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/searchpanel.cpp" line="72"/>
        <source>Cannot search for this: %1</source>
        <translation>Неможливо шукати таке: %1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/searchpanel.cpp" line="80"/>
        <source>%1 (captured text)</source>
        <translation>%1 (текст архівної копії)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/searchpanel.cpp" line="87"/>
        <source>Nothing found.</source>
        <translation>Нічого не знайдено.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/searchpanel.cpp" line="88"/>
        <source>The first %1 hits.</source>
        <translation>Перші збіги (%1).</translation>
    </message>
</context>
<context>
    <name>sightline::ui::SelectAnnotationsTool</name>
    <message numerus="yes">
        <location filename="../libs/ui/sightline/ui/selectannotationstool.cpp" line="259"/>
        <source>Move %n annotation(s)</source>
        <translation>
            <numerusform>Перемістити %n позначку</numerusform>
            <numerusform>Перемістити %n позначки</numerusform>
            <numerusform>Перемістити %n позначок</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/selectannotationstool.cpp" line="339"/>
        <source>Click an annotation to select it, or drag a band around several (Shift adds)</source>
        <translation>Клацніть позначку, щоб вибрати її, або обведіть рамкою кілька (Shift додає)</translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/ui/sightline/ui/selectannotationstool.cpp" line="340"/>
        <source>%n annotation(s) selected: drag to move, drag a corner to reshape or the round handle to turn, double-click for details, Delete removes</source>
        <translation>
            <numerusform>Вибрано %n позначку: тягніть, щоб перемістити, тягніть кут, щоб змінити форму, чи круглий маркер, щоб повернути, подвійне клацання — дані, Delete видаляє</numerusform>
            <numerusform>Вибрано %n позначки: тягніть, щоб перемістити, тягніть кут, щоб змінити форму, чи круглий маркер, щоб повернути, подвійне клацання — дані, Delete видаляє</numerusform>
            <numerusform>Вибрано %n позначок: тягніть, щоб перемістити, тягніть кут, щоб змінити форму, чи круглий маркер, щоб повернути, подвійне клацання — дані, Delete видаляє</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sightline::ui::SeriesView</name>
    <message>
        <location filename="../libs/ui/sightline/ui/seriesview.cpp" line="27"/>
        <source>Site:</source>
        <translation>Місце:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/seriesview.cpp" line="29"/>
        <source>Kind:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/seriesview.cpp" line="31"/>
        <source>Baseline to:</source>
        <translation>Базовий період до:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/seriesview.cpp" line="33"/>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/seriesview.cpp" line="34"/>
        <source>The values from the series&apos; start to this date make the baseline (median and maximum); newer values above its maximum are flagged.</source>
        <translation>Значення від початку ряду до цієї дати становлять базовий період (медіана й максимум); новіші значення, вищі за його максимум, позначаються.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/seriesview.cpp" line="132"/>
        <source>Baseline to &quot;%1&quot; is not a date (%2)</source>
        <translation>Кінець базового періоду «%1» — не дата (%2)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/seriesview.cpp" line="136"/>
        <source>%1 at %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/seriesview.cpp" line="177"/>
        <source>No counts or reported figures of this kind at this site yet: count on a scene, or record a claim&apos;s figure as an observation</source>
        <translation>У цьому місці ще немає лічби чи повідомлених чисел цього типу: порахуйте на знімку або запишіть число з твердження як спостереження</translation>
    </message>
</context>
<context>
    <name>sightline::ui::ShortcutsDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/shortcutsdialog.cpp" line="41"/>
        <source>Keyboard shortcuts</source>
        <translation>Клавіатурні скорочення</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/shortcutsdialog.cpp" line="44"/>
        <source>Shortcut</source>
        <translation>Скорочення</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/shortcutsdialog.cpp" line="44"/>
        <source>Action</source>
        <translation>Дія</translation>
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
        <translation>Нове місце</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitedialog.cpp" line="21"/>
        <source>Edit site</source>
        <translation>Редагувати місце</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitedialog.cpp" line="27"/>
        <source>ISO code, e.g. KP</source>
        <translation>Код ISO, напр. KP</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitedialog.cpp" line="34"/>
        <source>Where the position comes from, and how precise it is</source>
        <translation>Звідки походить положення і наскільки воно точне</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitedialog.cpp" line="36"/>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitedialog.cpp" line="37"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitedialog.cpp" line="38"/>
        <source>Aliases</source>
        <translation>Інші назви</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitedialog.cpp" line="39"/>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitedialog.cpp" line="40"/>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitedialog.cpp" line="41"/>
        <source>Longitude</source>
        <translation>Довгота</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitedialog.cpp" line="42"/>
        <source>Position source</source>
        <translation>Джерело положення</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitedialog.cpp" line="54"/>
        <source>Notes</source>
        <translation>Примітки</translation>
    </message>
</context>
<context>
    <name>sightline::ui::SiteEditor</name>
    <message>
        <location filename="../libs/ui/sightline/ui/siteeditor.cpp" line="27"/>
        <source>Cannot make this change</source>
        <translation>Цю зміну неможливо внести</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/siteeditor.cpp" line="39"/>
        <source>placed on the map by %1</source>
        <translation>поставлено на карті: %1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/siteeditor.cpp" line="44"/>
        <source>Add site %1</source>
        <translation>Додати місце %1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/siteeditor.cpp" line="55"/>
        <source>Edit site %1</source>
        <translation>Редагувати місце %1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/siteeditor.cpp" line="64"/>
        <source>Move site %1</source>
        <translation>Перемістити місце %1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/siteeditor.cpp" line="74"/>
        <source>Delete site %1</source>
        <translation>Видалити місце %1</translation>
    </message>
</context>
<context>
    <name>sightline::ui::SitePanel</name>
    <message>
        <location filename="../libs/ui/sightline/ui/sitepanel.cpp" line="23"/>
        <source>Edit…</source>
        <translation>Редагувати…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitepanel.cpp" line="24"/>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitepanel.cpp" line="24"/>
        <source>Zoom to</source>
        <translation>Наблизити</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitepanel.cpp" line="29"/>
        <source>Add…</source>
        <translation>Додати…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitepanel.cpp" line="30"/>
        <source>Add a site in the middle of the map (or click on the map with the edit-sites tool)</source>
        <translation>Додати місце в центрі карти (або клацніть на карті інструментом редагування місць)</translation>
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
        <translation>Постачальник</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitescenespanel.cpp" line="24"/>
        <source>Resolution</source>
        <translation>Роздільність</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitescenespanel.cpp" line="24"/>
        <source>Scene</source>
        <translation>Знімок</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitescenespanel.cpp" line="29"/>
        <source>Double-click a scene to compare it with the one before it</source>
        <translation>Двічі клацніть знімок, щоб порівняти його з попереднім</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitescenespanel.cpp" line="82"/>
        <source>Select a site to list the scenes that cover it.</source>
        <translation>Виберіть місце, щоб побачити знімки, що його покривають.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitescenespanel.cpp" line="84"/>
        <source>No scene covers %1.</source>
        <translation>Жоден знімок не покриває %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/ui/sightline/ui/sitescenespanel.cpp" line="86"/>
        <source>%n scene(s) cover %1, oldest first:</source>
        <translation>
            <numerusform>%1 покриває %n знімок, спершу найдавніші:</numerusform>
            <numerusform>%1 покривають %n знімки, спершу найдавніші:</numerusform>
            <numerusform>%1 покривають %n знімків, спершу найдавніші:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitescenespanel.cpp" line="90"/>
        <source>undated</source>
        <translation>без дати</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitescenespanel.cpp" line="91"/>
        <source>%1 local time, zone unknown</source>
        <translation>%1 за місцевим часом, часовий пояс невідомий</translation>
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
        <translation>Нове джерело</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="30"/>
        <source>Edit source</source>
        <translation>Редагувати джерело</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="40"/>
        <source>%1: how reliable the source has been, judged apart from this piece of information</source>
        <translation>%1: наскільки надійним було джерело досі, оцінено окремо від цієї інформації</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="42"/>
        <source>Separated by semicolons</source>
        <translation>Через крапку з комою</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="45"/>
        <source>YYYY-MM-DD</source>
        <translation>РРРР-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="54"/>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="55"/>
        <source>Publisher</source>
        <translation>Видавець</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="56"/>
        <source>Authors</source>
        <translation>Автори</translation>
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
        <translation>Опубліковано</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="59"/>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="78"/>
        <source>Accessed</source>
        <translation>Переглянуто</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="60"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="61"/>
        <source>Reliability</source>
        <translation>Надійність</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="62"/>
        <source>Notes</source>
        <translation>Примітки</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="77"/>
        <source>A source needs a title or a publisher.</source>
        <translation>Джерело потребує назви або видавця.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="80"/>
        <source>%1: &quot;%2&quot; is not a date (YYYY-MM-DD).</source>
        <translation>%1: «%2» — не дата (РРРР-ММ-ДД).</translation>
    </message>
</context>
<context>
    <name>sightline::ui::SourcePanel</name>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="44"/>
        <source>Search sources</source>
        <translation>Пошук джерел</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="78"/>
        <source>Add…</source>
        <translation>Додати…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="79"/>
        <source>Edit…</source>
        <translation>Редагувати…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="80"/>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="81"/>
        <source>Attach file…</source>
        <translation>Прикріпити файл…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="82"/>
        <source>Store a file (PDF, web page, image, any file) in the project as a capture of this source</source>
        <translation>Зберегти файл (PDF, вебсторінку, зображення, будь-який файл) у проєкті як архівну копію цього джерела</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="83"/>
        <source>Open</source>
        <translation>Відкрити</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="84"/>
        <source>Export capture…</source>
        <translation>Експортувати архівну копію…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="85"/>
        <source>Write the capture&apos;s stored bytes to a file; the custody log records the export</source>
        <translation>Записати збережені байти архівної копії у файл; журнал ланцюга зберігання фіксує експорт</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="233"/>
        <source>Captures: choose a source above</source>
        <translation>Архівні копії: виберіть джерело вище</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="242"/>
        <source>(unnamed)</source>
        <translation>(без назви)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="245"/>
        <source>captured %1 by %2</source>
        <translation>збережено %1, автор: %2</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="249"/>
        <source>Media type: %1
SHA-256: %2
Size: %3 bytes
Original URL: %4</source>
        <translation>Тип даних: %1
SHA-256: %2
Розмір: %3 байтів
Початкова URL-адреса: %4</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="252"/>
        <source>not recorded</source>
        <translation>не записано</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="255"/>
        <source>Captures of %1: %2</source>
        <translation>Архівні копії %1: %2</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="267"/>
        <source>Cannot make this change</source>
        <translation>Цю зміну неможливо внести</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="284"/>
        <source>Add source %1</source>
        <translation>Додати джерело %1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="300"/>
        <source>Edit source %1</source>
        <translation>Редагувати джерело %1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="318"/>
        <source>“%1” still has %2 claims, %3 captures and %4 links or attributions. Delete or move them first.</source>
        <translation>«%1» ще має твердження (%2), архівні копії (%3) і зв&apos;язки чи атрибуції (%4). Спершу видаліть або перенесіть їх.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="331"/>
        <source>Cannot delete source</source>
        <translation>Не вдається видалити джерело</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="335"/>
        <source>Delete source %1</source>
        <translation>Видалити джерело %1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="352"/>
        <source>Attach a capture</source>
        <translation>Прикріпити архівну копію</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="353"/>
        <source>Captures (*.pdf *.html *.htm *.txt *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Архівні копії (*.pdf *.html *.htm *.txt *.png *.jpg *.jpeg);;Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="367"/>
        <source>Attach %1</source>
        <translation>Прикріпити %1</translation>
    </message>
</context>
<context>
    <name>sightline::ui::SourceTableModel</name>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcetablemodel.cpp" line="77"/>
        <source>Grading history:</source>
        <translation>Історія оцінювання:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcetablemodel.cpp" line="79"/>
        <source>%1 on %2 by %3</source>
        <translation>%1, %2, автор: %3</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcetablemodel.cpp" line="87"/>
        <source>no changes recorded</source>
        <translation>змін не записано</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcetablemodel.cpp" line="110"/>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcetablemodel.cpp" line="110"/>
        <source>Reliability</source>
        <translation>Надійність</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcetablemodel.cpp" line="110"/>
        <source>Publisher</source>
        <translation>Видавець</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcetablemodel.cpp" line="111"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcetablemodel.cpp" line="111"/>
        <source>Captures</source>
        <translation>Архівні копії</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcetablemodel.cpp" line="111"/>
        <source>Claims</source>
        <translation>Твердження</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcetablemodel.cpp" line="112"/>
        <source>Published</source>
        <translation>Опубліковано</translation>
    </message>
</context>
<context>
    <name>sightline::ui::StartPage</name>
    <message>
        <location filename="../libs/ui/sightline/ui/startpage.cpp" line="14"/>
        <source>Open the &amp;demo case</source>
        <translation>Відкрити &amp;демонстраційне розслідування</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/startpage.cpp" line="14"/>
        <source>&amp;Open a project…</source>
        <translation>&amp;Відкрити проєкт…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/startpage.cpp" line="15"/>
        <source>&amp;New project…</source>
        <translation>&amp;Новий проєкт…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/startpage.cpp" line="18"/>
        <source>&lt;h1&gt;Sightline&lt;/h1&gt;&lt;p&gt;Open a project to begin, or try the demo case.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Sightline&lt;/h1&gt;&lt;p&gt;Відкрийте проєкт, щоб почати, або спробуйте демонстраційне розслідування.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/startpage.cpp" line="25"/>
        <source>No recent projects.</source>
        <translation>Нещодавніх проєктів немає.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/startpage.cpp" line="26"/>
        <source>&lt;b&gt;Recent projects&lt;/b&gt;</source>
        <translation>&lt;b&gt;Нещодавні проєкти&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/startpage.cpp" line="52"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/startpage.cpp" line="53"/>
        <source>%1 — missing (%2)</source>
        <translation>%1 — не знайдено (%2)</translation>
    </message>
</context>
<context>
    <name>sightline::ui::TallyPanel</name>
    <message>
        <location filename="../libs/ui/sightline/ui/tallypanel.cpp" line="17"/>
        <source>Object kind</source>
        <translation>Тип об&apos;єктів</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/tallypanel.cpp" line="17"/>
        <source>On the scene</source>
        <translation>На знімку</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/tallypanel.cpp" line="17"/>
        <source>At the site</source>
        <translation>У місці</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/tallypanel.cpp" line="56"/>
        <source>Count on a scene: select one, or click inside one with the point tool</source>
        <translation>Лічба на знімку: виберіть знімок або клацніть усередині нього інструментом точок</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/tallypanel.cpp" line="57"/>
        <source>Scene %1</source>
        <translation>Знімок %1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/tallypanel.cpp" line="58"/>
        <source>Scene %1 at %2</source>
        <translation>Знімок %1 — %2</translation>
    </message>
</context>
<context>
    <name>sightline::ui::TimelineView</name>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="72"/>
        <source>Lanes by site</source>
        <translation>Смуги за місцями</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="73"/>
        <source>Lanes by source</source>
        <translation>Смуги за джерелами</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="74"/>
        <source>Lanes by kind</source>
        <translation>Смуги за типами</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="80"/>
        <source>Step: 1 day</source>
        <translation>Крок: 1 день</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="80"/>
        <source>Step: 1 week</source>
        <translation>Крок: 1 тиждень</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="81"/>
        <source>Step: 1 month</source>
        <translation>Крок: 1 місяць</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="81"/>
        <source>Step: 1 year</source>
        <translation>Крок: 1 рік</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="87"/>
        <source>Step the time window back (Left)</source>
        <translation>Зсунути часове вікно назад (стрілка ліворуч)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="90"/>
        <source>Play or pause: step the window forward (Space)</source>
        <translation>Відтворення чи пауза: крок за кроком уперед (пробіл)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="92"/>
        <source>Step the time window forward (Right)</source>
        <translation>Зсунути часове вікно вперед (стрілка праворуч)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="96"/>
        <source>From (2023-10-05)</source>
        <translation>З (2023-10-05)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="97"/>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="316"/>
        <source>To</source>
        <translation>До</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="103"/>
        <source>Show all</source>
        <translation>Показати все</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="106"/>
        <source>All time</source>
        <translation>Увесь час</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="107"/>
        <source>Clear the time window: the map shows everything (Esc)</source>
        <translation>Скинути часове вікно: карта показує все (Esc)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="111"/>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="112"/>
        <source>Local time (%1)</source>
        <translation>Місцевий час (%1)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="113"/>
        <source>The zone the axis is read in; a date without a time covers its own day in either</source>
        <translation>Часовий пояс осі; дата без часу в будь-якому з них охоплює свій день повністю</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="119"/>
        <source>New event…</source>
        <translation>Нова подія…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="131"/>
        <source>Window:</source>
        <translation>Вікно:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="316"/>
        <source>From</source>
        <translation>З</translation>
    </message>
</context>
<context>
    <name>sightline::ui::ZoomBoxTool</name>
    <message>
        <location filename="../libs/ui/sightline/ui/zoomboxtool.cpp" line="59"/>
        <source>Drag a box to zoom to it</source>
        <translation>Обведіть прямокутник, щоб наблизити його</translation>
    </message>
</context>
</TS>
