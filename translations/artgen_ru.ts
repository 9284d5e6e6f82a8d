<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>artgen::cli::AuditCommand</name>
    <message>
        <source>Show the audit log: who changed which stack, when, and how it ended.</source>
        <translation>Показать журнал аудита: кто, когда и какой стек менял и чем это закончилось.</translation>
    </message>
    <message>
        <source>Only entries since TIME: 10m, 2h, 1d, a Unix time or an ISO 8601 date.</source>
        <translation>Только записи начиная с ВРЕМЕНИ: 10m, 2h, 1d, время Unix или дата ISO 8601.</translation>
    </message>
    <message>
        <source>Only entries until TIME (same forms).</source>
        <translation>Только записи до ВРЕМЕНИ (в тех же форматах).</translation>
    </message>
    <message>
        <source>Only this action (down, restore, …).</source>
        <translation>Только это действие (down, restore, …).</translation>
    </message>
    <message>
        <source>Only this outcome (started, succeeded, failed, cancelled, refused).</source>
        <translation>Только этот исход (started, succeeded, failed, cancelled, refused).</translation>
    </message>
    <message>
        <source>Print one JSON object per line.</source>
        <translation>Выводить по одному объекту JSON на строку.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the audit log could not be read and were skipped.</source>
        <translation>
            <numerusform>%n строку журнала аудита не удалось прочитать, она пропущена.</numerusform>
            <numerusform>%n строки журнала аудита не удалось прочитать, они пропущены.</numerusform>
            <numerusform>%n строк журнала аудита не удалось прочитать, они пропущены.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>artgen::cli::BackupCommand</name>
    <message>
        <source>Back up the stack&apos;s database (pg_dump in the postgres container), verified.</source>
        <translation>Резервная копия базы данных стека (pg_dump в контейнере postgres) с проверкой.</translation>
    </message>
    <message>
        <source>plain, plain-gz, plain-zst or custom (default: the profile&apos;s).</source>
        <translation>plain, plain-gz, plain-zst или custom (по умолчанию — из профиля).</translation>
    </message>
    <message>
        <source>Folder for the backup (default: the profile&apos;s backup folder).</source>
        <translation>Папка для резервной копии (по умолчанию — папка копий профиля).</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Вывести результат в формате JSON.</translation>
    </message>
    <message>
        <source>Unknown format “%1”; use one of %2.</source>
        <translation>Неизвестный формат «%1»; используйте один из: %2.</translation>
    </message>
    <message>
        <source>Cancelling the backup…</source>
        <translation>Отмена резервного копирования…</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”; the folder goes after --out.</source>
        <translation>Лишний аргумент «%1»; папку указывают после --out.</translation>
    </message>
    <message>
        <source>--out needs a folder; it is empty.</source>
        <translation>Для --out нужна папка, а значение пустое.</translation>
    </message>
</context>
<context>
    <name>artgen::cli::BackupsCommand</name>
    <message>
        <source>List the profile&apos;s backups with size, age, database and state.</source>
        <translation>Список резервных копий профиля: размер, возраст, база данных и состояние.</translation>
    </message>
    <message>
        <source>One JSON object per backup, newest first.</source>
        <translation>Один объект JSON на копию, сначала новые.</translation>
    </message>
    <message>
        <source>No backups in %1.</source>
        <translation>В %1 нет резервных копий.</translation>
    </message>
    <message>
        <source>Backups in %1:</source>
        <translation>Резервные копии в %1:</translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation>ПОВРЕЖДЕНА</translation>
    </message>
    <message>
        <source>no manifest</source>
        <translation>нет манифеста</translation>
    </message>
    <message>
        <source>size ok (not verified)</source>
        <translation>размер совпадает (не проверена)</translation>
    </message>
    <message>
        <source>“size ok” compares the size with the manifest only; `artgenctl verify FILE` reads the whole file and checks its SHA-256.</source>
        <translation>«размер совпадает» — сравнён только размер с манифестом; `artgenctl verify FILE` читает весь файл и проверяет его SHA-256.</translation>
    </message>
</context>
<context>
    <name>artgen::cli::CheckCommand</name>
    <message>
        <source>Health check of the running stack: checklist steps 6–10 (logs, API, workers, connections, basic test).</source>
        <translation>Проверка работающего стека: шаги 6–10 чек-листа (журналы, API, воркеры, подключения, базовое тестирование).</translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation>Вывести один документ JSON.</translation>
    </message>
    <message>
        <source>The checklist steps to run, e.g. 6-10 (default), 7 or 6-11.</source>
        <translation>Какие шаги чек-листа выполнить, например 6-10 (по умолчанию), 7 или 6-11.</translation>
    </message>
    <message>
        <source>artgenctl check: --steps takes a step or a range of steps 1–11, such as 6-10, not “%1”.</source>
        <translation>artgenctl check: --steps принимает номер шага или диапазон шагов 1–11, например 6-10, а не «%1».</translation>
    </message>
    <message>
        <source>The stack has no containers (compose project %1).</source>
        <translation>У стека нет контейнеров (проект compose %1).</translation>
    </message>
    <message>
        <source>Start it with `artgenctl up`, or choose its profile with --profile.</source>
        <translation>Запустите его командой `artgenctl up` или выберите его профиль через --profile.</translation>
    </message>
    <message>
        <source>Stopping the check…</source>
        <translation>Проверка останавливается…</translation>
    </message>
</context>
<context>
    <name>artgen::cli::ChecklistConsole</name>
    <message>
        <source>%1 passed, %2 warned, %3 failed, %4 skipped</source>
        <translation>пройдено: %1, с предупреждениями: %2, не пройдено: %3, пропущено: %4</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3…</source>
        <translation>Шаг %1 из %2: %3…</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Отчёт: %1</translation>
    </message>
</context>
<context>
    <name>artgen::cli::CliApp</name>
    <message>
        <source>Usage: artgenctl [--profile NAME | --stack-dir DIR] COMMAND [OPTIONS]</source>
        <translation>Использование: artgenctl [--profile ИМЯ | --stack-dir ПАПКА] КОМАНДА [ПАРАМЕТРЫ]</translation>
    </message>
    <message>
        <source>Runs the art_generation stack from a terminal, with the same service layer as the ArtGen Control Panel.</source>
        <translation>Управляет стеком art_generation из терминала — тем же сервисным слоем, что и панель управления ArtGen.</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Общие параметры:</translation>
    </message>
    <message>
        <source>Use the stack profile NAME from the panel&apos;s settings.</source>
        <translation>Использовать профиль стека ИМЯ из настроек панели.</translation>
    </message>
    <message>
        <source>Use the stack in DIR (the folder that holds Docker_all/) without a profile.</source>
        <translation>Использовать стек в ПАПКЕ (в той, где лежит Docker_all/) без профиля.</translation>
    </message>
    <message>
        <source>Show this help, or a command&apos;s help after its name.</source>
        <translation>Показать эту справку или, после имени команды, справку по команде.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Показать версию.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failed, 2 Docker or the stack cannot be reached, 3 the stack is not healthy, 64 bad command line.</source>
        <translation>Коды выхода: 0 — успех, 1 — ошибка, 2 — Docker или стек недоступны, 3 — стек работает не полностью, 64 — неверная командная строка.</translation>
    </message>
    <message>
        <source>Try: artgenctl --help</source>
        <translation>Попробуйте: artgenctl --help</translation>
    </message>
    <message>
        <source>unknown command “%1”.</source>
        <translation>неизвестная команда «%1».</translation>
    </message>
    <message>
        <source>Try: artgenctl %1 --help</source>
        <translation>Попробуйте: artgenctl %1 --help</translation>
    </message>
    <message>
        <source>--profile needs a profile name; it is empty.</source>
        <translation>для --profile нужно имя профиля; оно пустое.</translation>
    </message>
    <message>
        <source>--stack-dir needs a folder; it is empty.</source>
        <translation>для --stack-dir нужна папка; она пустая.</translation>
    </message>
    <message>
        <source>unexpected argument “%1”; this command takes none.</source>
        <translation>лишний аргумент «%1»; эта команда не принимает аргументов.</translation>
    </message>
</context>
<context>
    <name>artgen::cli::CommandContext</name>
    <message>
        <source>%1 is not a stack folder.</source>
        <translation>%1 — не папка стека.</translation>
    </message>
    <message>
        <source>It has no Docker_all/docker-compose.yml.</source>
        <translation>В ней нет Docker_all/docker-compose.yml.</translation>
    </message>
    <message>
        <source>Pass the folder that holds Docker_all/.</source>
        <translation>Укажите папку, в которой лежит Docker_all/.</translation>
    </message>
    <message>
        <source>There is no profile called “%1”.</source>
        <translation>Профиля «%1» нет.</translation>
    </message>
    <message>
        <source>No profiles are configured.</source>
        <translation>Ни одного профиля не настроено.</translation>
    </message>
    <message>
        <source>Known profiles: %1.</source>
        <translation>Известные профили: %1.</translation>
    </message>
    <message>
        <source>Use `artgenctl profiles` to list them, or --stack-dir DIR.</source>
        <translation>Список выводит `artgenctl profiles`; можно также указать --stack-dir ПАПКА.</translation>
    </message>
    <message>
        <source>No stack profile is configured.</source>
        <translation>Профиль стека не настроен.</translation>
    </message>
    <message>
        <source>The settings file %1 holds no profile.</source>
        <translation>В файле настроек %1 нет ни одного профиля.</translation>
    </message>
    <message>
        <source>Start the panel once, or pass --stack-dir DIR.</source>
        <translation>Запустите панель один раз или укажите --stack-dir ПАПКА.</translation>
    </message>
</context>
<context>
    <name>artgen::cli::ComposeCommand</name>
    <message>
        <source>Create and start the stack&apos;s containers (compose up -d).</source>
        <translation>Создать и запустить контейнеры стека (compose up -d).</translation>
    </message>
    <message>
        <source>Stop and remove the stack&apos;s containers; data volumes are kept (compose down).</source>
        <translation>Остановить и удалить контейнеры стека; тома с данными сохраняются (compose down).</translation>
    </message>
    <message>
        <source>Build the stack&apos;s images (compose build).</source>
        <translation>Собрать образы стека (compose build).</translation>
    </message>
    <message>
        <source>Restart the stack&apos;s services (compose restart).</source>
        <translation>Перезапустить службы стека (compose restart).</translation>
    </message>
    <message>
        <source>The services to act on; all of them when none is named.</source>
        <translation>Службы, к которым применить команду; если ни одна не указана — все.</translation>
    </message>
    <message>
        <source>Build without the image cache.</source>
        <translation>Собирать без кэша образов.</translation>
    </message>
    <message>
        <source>Do not ask for confirmation (down asks otherwise).</source>
        <translation>Не спрашивать подтверждения (без этого down спрашивает).</translation>
    </message>
    <message>
        <source>down stops and removes the containers of “%1” (compose project %2); data volumes are kept. Continue? [y/N] </source>
        <translation>down остановит и удалит контейнеры стека «%1» (проект compose %2); тома с данными сохранятся. Продолжить? [д/Н] </translation>
    </message>
    <message>
        <source>%1 takes no service names; it acts on the whole stack.</source>
        <translation>%1 не принимает имён служб: команда действует на весь стек.</translation>
    </message>
    <message>
        <source>“%1” is not a valid service name.</source>
        <translation>«%1» — недопустимое имя службы.</translation>
    </message>
    <message>
        <source>down stops and removes the stack&apos;s containers; data volumes are kept. There is no terminal to ask on, so pass --yes to go ahead.</source>
        <translation>down останавливает и удаляет контейнеры стека; тома с данными сохраняются. Терминала для вопроса нет, поэтому, чтобы продолжить, укажите --yes.</translation>
    </message>
    <message>
        <source>Stopping compose…</source>
        <translation>Останавливаю compose…</translation>
    </message>
</context>
<context>
    <name>artgen::cli::ConfigApplyRun</name>
    <message>
        <source>Print the unified diff the change would make; write nothing.</source>
        <translation>Показать unified diff, который даст изменение; ничего не записывать.</translation>
    </message>
    <message>
        <source>Write without checking the new files with nginx -t, compose config and a Python compile.</source>
        <translation>Записать без проверки новых файлов через nginx -t, compose config и компиляцию Python.</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>Не запрашивать подтверждение.</translation>
    </message>
    <message>
        <source>Write and record only; print what must still happen (reload, restart) for the change to take effect.</source>
        <translation>Только записать и внести в историю; вывести, что ещё нужно сделать (перезагрузка, перезапуск), чтобы изменение вступило в силу.</translation>
    </message>
    <message>
        <source>Apply to “%1”: %2. Continue? [y/N] </source>
        <translation>Применить к «%1»: %2. Продолжить? [y/N] </translation>
    </message>
    <message>
        <source>No change: every value is already as asked.</source>
        <translation>Изменений нет: все значения уже такие, как просили.</translation>
    </message>
    <message>
        <source>artgenctl: there is no terminal to ask on, so nothing was written; pass --yes to apply the change.</source>
        <translation>artgenctl: нет терминала, чтобы спросить подтверждение, поэтому ничего не записано; укажите --yes, чтобы применить изменение.</translation>
    </message>
    <message>
        <source>Cancelling after the current step…</source>
        <translation>Отмена после текущего шага…</translation>
    </message>
    <message>
        <source>Recorded as %1.</source>
        <translation>Записано в историю как %1.</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Выполнено: %1</translation>
    </message>
    <message>
        <source>Still to do for the change to take effect:</source>
        <translation>Чтобы изменение вступило в силу, осталось сделать:</translation>
    </message>
    <message>
        <source>  %1: %2 ms</source>
        <translation>  %1: %2 мс</translation>
    </message>
</context>
<context>
    <name>artgen::cli::ConfigCommand</name>
    <message>
        <source>(absent)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>config set takes KEY=VALUE arguments.</source>
        <translation>config set принимает аргументы КЛЮЧ=ЗНАЧЕНИЕ.</translation>
    </message>
    <message>
        <source>artgenctl: the workers or the pool sizes could not be read from the files.</source>
        <translation>artgenctl: не удалось прочитать из файлов число обработчиков или размеры пулов.</translation>
    </message>
    <message>
        <source>Show, change, roll back the stack&apos;s timeouts, workers and pool sizes.</source>
        <translation>Показать, изменить и откатить тайм-ауты, число воркеров и размеры пулов стека.</translation>
    </message>
    <message>
        <source>Print one JSON document (show, capacity, history, presets).</source>
        <translation>Вывести один документ JSON (show, capacity, history, presets).</translation>
    </message>
    <message>
        <source>rollback: back to the git repository&apos;s HEAD (git status, git diff, git checkout HEAD -- the four files).</source>
        <translation>rollback: вернуть к HEAD git-репозитория (git status, git diff, git checkout HEAD -- четыре файла).</translation>
    </message>
    <message>
        <source>show | set KEY=VALUE… | preset NAME | presets [save NAME [KEY=VALUE…] | delete NAME] | history | rollback [ID] | capacity</source>
        <translation>show | set КЛЮЧ=ЗНАЧЕНИЕ… | preset ИМЯ | presets [save ИМЯ [КЛЮЧ=ЗНАЧЕНИЕ…] | delete ИМЯ] | history | rollback [ID] | capacity</translation>
    </message>
    <message>
        <source>artgenctl: config takes show, set, preset, presets, history, rollback or capacity, not “%1”.</source>
        <translation>artgenctl: config принимает show, set, preset, presets, history, rollback или capacity, а не «%1».</translation>
    </message>
    <message>
        <source>artgenctl: config preset takes one name: optimized, previous or a saved preset.</source>
        <translation>artgenctl: config preset принимает одно имя: optimized, previous или сохранённый пресет.</translation>
    </message>
    <message numerus="yes">
        <source>Saved the preset “%1” (%n setting(s)).</source>
        <translation>
            <numerusform>Пресет «%1» сохранён (%n параметр).</numerusform>
            <numerusform>Пресет «%1» сохранён (%n параметра).</numerusform>
            <numerusform>Пресет «%1» сохранён (%n параметров).</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted the preset “%1”.</source>
        <translation>Пресет «%1» удалён.</translation>
    </message>
    <message>
        <source>artgenctl: config presets takes list, save NAME [KEY=VALUE…] or delete NAME.</source>
        <translation>artgenctl: config presets принимает list, save ИМЯ [КЛЮЧ=ЗНАЧЕНИЕ…] или delete ИМЯ.</translation>
    </message>
    <message>
        <source> (built-in)</source>
        <translation> (встроенный)</translation>
    </message>
    <message>
        <source>No configuration change has been applied to “%1” yet.</source>
        <translation>К «%1» ещё не применено ни одного изменения конфигурации.</translation>
    </message>
    <message>
        <source>artgenctl: config rollback --git takes no ID.</source>
        <translation>artgenctl: config rollback --git не принимает ID.</translation>
    </message>
    <message>
        <source>artgenctl: config rollback takes at most one ID.</source>
        <translation>artgenctl: config rollback принимает не больше одного ID.</translation>
    </message>
    <message>
        <source>Rolling back %1 (%2): %3</source>
        <translation>Откат %1 (%2): %3</translation>
    </message>
    <message>
        <source>git status --porcelain (%1):</source>
        <translation>git status --porcelain (%1):</translation>
    </message>
    <message>
        <source>The four files are as at HEAD: nothing to roll back.</source>
        <translation>Все четыре файла совпадают с HEAD: откатывать нечего.</translation>
    </message>
</context>
<context>
    <name>artgen::cli::Confirmation</name>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>artgen::cli::ConnectionsCommand</name>
    <message>
        <source>PostgreSQL connections and Redis clients against their thresholds.</source>
        <translation>Подключения PostgreSQL и клиенты Redis в сравнении с порогами.</translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation>Вывести один документ JSON.</translation>
    </message>
</context>
<context>
    <name>artgen::cli::DeployCommand</name>
    <message>
        <source>Deploy: the whole checklist 1–11 headless (backup, down, build, up, checks), stopping at the first failed step, with its report.</source>
        <translation>Развёртывание: весь чек-лист 1–11 без участия пользователя (резервная копия, остановка, сборка, запуск, проверки) до первого проваленного шага, с отчётом.</translation>
    </message>
    <message>
        <source>Do not ask before stopping and starting the stack (steps 2 and 5); also confirms the configuration files as they are now (step 3).</source>
        <translation>Не спрашивать перед остановкой и запуском стека (шаги 2 и 5); также подтверждает файлы конфигурации в их нынешнем виде (шаг 3).</translation>
    </message>
    <message>
        <source>Skip step 4: do not rebuild the images.</source>
        <translation>Пропустить шаг 4: не пересобирать образы.</translation>
    </message>
    <message>
        <source>Step 4 builds without the image cache (compose build --no-cache).</source>
        <translation>На шаге 4 собирать образы без кэша (compose build --no-cache).</translation>
    </message>
    <message>
        <source>Go on with this profile&apos;s newest unfinished deployment at the step it stood.</source>
        <translation>Продолжить последнее незавершённое развёртывание этого профиля с того шага, на котором оно остановилось.</translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation>Вывести один документ JSON.</translation>
    </message>
    <message>
        <source>Resuming the deployment started %1 at step %2.</source>
        <translation>Продолжается развёртывание, начатое %1, с шага %2.</translation>
    </message>
    <message>
        <source>a deployment stops and starts the stack&apos;s containers (steps 2 and 5) and accepts the configuration files as they are (step 3). There is no terminal to ask on, so pass --yes to go ahead. Nothing was changed.</source>
        <translation>развёртывание останавливает и запускает контейнеры стека (шаги 2 и 5) и принимает файлы конфигурации в их нынешнем виде (шаг 3). Терминала, чтобы спросить, нет — передайте --yes, чтобы продолжить. Ничего не изменено.</translation>
    </message>
    <message>
        <source>deploy stops and starts the containers of “%1” (compose project %2) and accepts its configuration files as they are now; data volumes are kept. Continue? [y/N] </source>
        <translation>deploy остановит и запустит контейнеры «%1» (проект compose %2) и примет его файлы конфигурации в нынешнем виде; тома с данными сохранятся. Продолжить? [y/N] </translation>
    </message>
    <message>
        <source>--no-cache is for the build of step 4, which --no-build skips: pass one of them.</source>
        <translation>--no-cache относится к сборке на шаге 4, а --no-build её пропускает: укажите что-то одно.</translation>
    </message>
    <message>
        <source>Stopping the deployment; artgenctl deploy --resume goes on from there…</source>
        <translation>Развёртывание останавливается; artgenctl deploy --resume продолжит с этого места…</translation>
    </message>
    <message>
        <source>When a step from 5 on fails, roll back: step 1&apos;s configuration files, the images the stack ran before (no build), compose up -d, then checks 5–9 again. The exit code stays 3 (the deployment failed); the output says whether the rollback is green.</source>
        <translation>Если шаг начиная с 5-го завершится ошибкой, выполнить откат: файлы конфигурации шага 1, образы, на которых стек работал раньше (без сборки), compose up -d, затем повторно проверки 5–9. Код выхода остаётся 3 (развёртывание не удалось); вывод сообщает, успешен ли откат.</translation>
    </message>
    <message>
        <source>Roll back this profile&apos;s newest failed deployment now, as --auto-rollback would have; exit 0 when the rollback is green.</source>
        <translation>Откатить последнее неудачное развёртывание этого профиля сейчас, как это сделал бы --auto-rollback; код выхода 0, если откат успешен.</translation>
    </message>
    <message>
        <source>With a rollback, also restore step 1&apos;s backup (a safety backup of the database is taken first); data written since is lost. Needs --confirm-database.</source>
        <translation>При откате также восстановить резервную копию шага 1 (сначала делается страховочная копия базы данных); данные, записанные после неё, теряются. Требует --confirm-database.</translation>
    </message>
    <message>
        <source>The profile&apos;s database name, typed to allow --restore-backup.</source>
        <translation>Имя базы данных профиля, введённое для разрешения --restore-backup.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>--rollback rolls the last failed deployment back and deploys nothing: pass it without --auto-rollback, --resume, --no-build or --no-cache.</source>
        <translation>--rollback откатывает последнее неудачное развёртывание и ничего не развёртывает: указывайте его без --auto-rollback, --resume, --no-build и --no-cache.</translation>
    </message>
    <message>
        <source>--restore-backup is part of a rollback: pass --auto-rollback or --rollback with it.</source>
        <translation>--restore-backup — часть отката: укажите вместе с ним --auto-rollback или --rollback.</translation>
    </message>
    <message>
        <source>--restore-backup loses the data written since step 1&apos;s backup: confirm it by typing the database&apos;s name with --confirm-database NAME.</source>
        <translation>--restore-backup теряет данные, записанные после резервной копии шага 1: подтвердите это, указав имя базы данных в --confirm-database ИМЯ.</translation>
    </message>
    <message>
        <source>--confirm-database confirms --restore-backup, which was not asked for.</source>
        <translation>--confirm-database подтверждает --restore-backup, но --restore-backup не указан.</translation>
    </message>
    <message>
        <source>a rollback writes step 1&apos;s configuration files back and starts the stack&apos;s containers on the previous images. There is no terminal to ask on, so pass --yes to go ahead. Nothing was changed.</source>
        <translation>откат возвращает файлы конфигурации шага 1 и запускает контейнеры стека на прежних образах. Терминала для вопроса нет, поэтому для продолжения укажите --yes. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The rollback writes step 1&apos;s configuration files of “%1” back and starts its containers (compose project %2) on the previous images; data volumes are kept. Continue? [y/N] </source>
        <translation>Откат вернёт файлы конфигурации «%1» к копии шага 1 и запустит его контейнеры (проект compose %2) на прежних образах; тома с данными сохраняются. Продолжить? [y/N] </translation>
    </message>
    <message>
        <source>The deployment failed at step %1, before the stack was started: there is nothing to roll back; fix it and run deploy --resume.</source>
        <translation>Развёртывание завершилось ошибкой на шаге %1, до запуска стека: откатывать нечего; устраните причину и выполните deploy --resume.</translation>
    </message>
    <message>
        <source>The deployment failed at step %1: rolling back to the configuration and images the stack ran before…</source>
        <translation>Развёртывание завершилось ошибкой на шаге %1: выполняется откат к прежним конфигурации и образам стека…</translation>
    </message>
    <message>
        <source>Rolling back the deployment %1 (failed at step %2).</source>
        <translation>Откат развёртывания %1 (ошибка на шаге %2).</translation>
    </message>
    <message>
        <source>  file back to step 1&apos;s copy: %1</source>
        <translation>  файл будет возвращён к копии шага 1: %1</translation>
    </message>
    <message>
        <source>  %1: %2 back to %3</source>
        <translation>  %1: %2 снова указывает на %3</translation>
    </message>
    <message>
        <source>  cannot roll back: %1</source>
        <translation>  откат невозможен: %1</translation>
    </message>
</context>
<context>
    <name>artgen::cli::DiagnoseCommand</name>
    <message>
        <source>What is wrong? Runs every troubleshooting diagnosis and names the problem found.</source>
        <translation>Что не так? Запускает все диагностики из раздела устранения неполадок и называет найденную проблему.</translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation>Вывести один документ JSON.</translation>
    </message>
    <message>
        <source>Stopping the diagnosis…</source>
        <translation>Диагностика останавливается…</translation>
    </message>
    <message>
        <source>FOUND</source>
        <translation>ЕСТЬ</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ок</translation>
    </message>
    <message>
        <source>Nothing is wrong.</source>
        <translation>Всё в порядке.</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Проблема: %1</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Данные:</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Исправление:</translation>
    </message>
</context>
<context>
    <name>artgen::cli::JobConsole</name>
    <message>
        <source>%1 of ~%2, %3</source>
        <translation>%1 из ~%2, %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Шаг %1 из %2: %3</translation>
    </message>
</context>
<context>
    <name>artgen::cli::LoadProgressLine</name>
    <message numerus="yes">
        <source>%1 s: %2 requests, %3 r/s, p50 %4 ms, p99 %5 ms, %n error(s)</source>
        <translation>
            <numerusform>%1 с: запросов %2, %3 з/с, p50 %4 мс, p99 %5 мс, %n ошибка</numerusform>
            <numerusform>%1 с: запросов %2, %3 з/с, p50 %4 мс, p99 %5 мс, %n ошибки</numerusform>
            <numerusform>%1 с: запросов %2, %3 з/с, p50 %4 мс, p99 %5 мс, %n ошибок</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>artgen::cli::LoadTestCommand</name>
    <message>
        <source>Load-test an HTTP endpoint of the stack (closed loop, constant rate or ramp).</source>
        <translation>Нагрузочный тест HTTP-адреса стека (замкнутый цикл, постоянная частота или ступенчатый рост).</translation>
    </message>
    <message>
        <source>The URL, or a path such as /api/v1/health on the profile&apos;s API.</source>
        <translation>Адрес или путь вроде /api/v1/health на API профиля.</translation>
    </message>
    <message>
        <source>Send N requests, then stop.</source>
        <translation>Отправить N запросов и остановиться.</translation>
    </message>
    <message>
        <source>Run for DURATION (e.g. 30s, 2m; default 10s).</source>
        <translation>Работать в течение DURATION (например, 30s, 2m; по умолчанию 10s).</translation>
    </message>
    <message>
        <source>Open C connections at once (default 10).</source>
        <translation>Открыть C соединений одновременно (по умолчанию 10).</translation>
    </message>
    <message>
        <source>Event loops to run (default: one per CPU).</source>
        <translation>Число циклов событий (по умолчанию по одному на процессор).</translation>
    </message>
    <message>
        <source>Open loop: R requests per second, latency counted from each request&apos;s scheduled time.</source>
        <translation>Разомкнутый цикл: R запросов в секунду, задержка отсчитывается от запланированного времени каждого запроса.</translation>
    </message>
    <message>
        <source>Constant-rate steps from START to MAX requests/s; needs --slo.</source>
        <translation>Ступени постоянной частоты от START до MAX запросов/с; требует --slo.</translation>
    </message>
    <message>
        <source>How long each ramp step runs (default 10s).</source>
        <translation>Длительность каждой ступени (по умолчанию 10s).</translation>
    </message>
    <message>
        <source>The p99 latency to stay under (e.g. 200ms).</source>
        <translation>Предел задержки p99 (например, 200ms).</translation>
    </message>
    <message>
        <source>Give up on a request after DURATION (default 10s).</source>
        <translation>Прекращать ожидание запроса через DURATION (по умолчанию 10s).</translation>
    </message>
    <message>
        <source>Stop any run after DURATION whatever else it asks (default 10m).</source>
        <translation>Останавливать любой прогон через DURATION, что бы ни было задано ещё (по умолчанию 10m).</translation>
    </message>
    <message>
        <source>Add a request header &quot;Name: value&quot; (repeatable).</source>
        <translation>Добавить заголовок запроса &quot;Имя: значение&quot; (можно несколько раз).</translation>
    </message>
    <message>
        <source>GET, POST, PUT, DELETE, HEAD or PATCH (default GET).</source>
        <translation>GET, POST, PUT, DELETE, HEAD или PATCH (по умолчанию GET).</translation>
    </message>
    <message>
        <source>Send the contents of FILE as the request body.</source>
        <translation>Отправлять содержимое FILE как тело запроса.</translation>
    </message>
    <message>
        <source>Allow a host that is neither the profile&apos;s nor this machine.</source>
        <translation>Разрешить хост, который не принадлежит профилю и не является этим компьютером.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Вывести результат в формате JSON.</translation>
    </message>
    <message>
        <source>Give exactly one URL.</source>
        <translation>Укажите ровно один адрес.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number from %2 to %3.</source>
        <translation>Для --%1 нужно целое число от %2 до %3.</translation>
    </message>
    <message>
        <source>--%1 needs a duration such as 500ms, 30s or 2m.</source>
        <translation>Для --%1 нужна длительность вроде 500ms, 30s или 2m.</translation>
    </message>
    <message>
        <source>--rate needs a number of requests per second above 0.</source>
        <translation>Для --rate нужно число запросов в секунду больше 0.</translation>
    </message>
    <message>
        <source>--ramp needs START:STEP:MAX, three rates above 0 with START ≤ MAX and at most %1 steps.</source>
        <translation>Для --ramp нужно START:STEP:MAX — три частоты больше 0, START ≤ MAX, не более %1 ступеней.</translation>
    </message>
    <message>
        <source>“%1” is not a header; write it as &quot;Name: value&quot;.</source>
        <translation>«%1» — не заголовок; запишите его как &quot;Имя: значение&quot;.</translation>
    </message>
    <message>
        <source>Stopping the load test…</source>
        <translation>Остановка нагрузочного теста…</translation>
    </message>
    <message>
        <source>Interrupted: the figures cover the part that ran.</source>
        <translation>Прервано: цифры относятся к выполненной части.</translation>
    </message>
    <message>
        <source>Server software:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <source>Connections:</source>
        <translation>Соединений:</translation>
    </message>
    <message>
        <source>Event loops:</source>
        <translation>Циклов событий:</translation>
    </message>
    <message>
        <source>Step at %1 requests/s</source>
        <translation>Ступень %1 запросов/с</translation>
    </message>
    <message>
        <source>Highest rate with p99 under %1 ms: %2 requests/s</source>
        <translation>Наибольшая частота с p99 меньше %1 мс: %2 запросов/с</translation>
    </message>
    <message>
        <source>No rate kept p99 under %1 ms.</source>
        <translation>Ни на одной частоте p99 не остался меньше %1 мс.</translation>
    </message>
    <message>
        <source>SLO missed: p99 is not under %1 ms.</source>
        <translation>SLO не выполнен: p99 не меньше %1 мс.</translation>
    </message>
    <message>
        <source>SLO met: p99 is under %1 ms.</source>
        <translation>SLO выполнен: p99 меньше %1 мс.</translation>
    </message>
    <message>
        <source>Time taken:</source>
        <translation>Затрачено времени:</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>Requests:</source>
        <translation>Запросов:</translation>
    </message>
    <message>
        <source>Responses:</source>
        <translation>Ответов:</translation>
    </message>
    <message>
        <source>Failed requests:</source>
        <translation>Неудачных запросов:</translation>
    </message>
    <message>
        <source>Bytes received:</source>
        <translation>Получено байтов:</translation>
    </message>
    <message>
        <source>Requests per second:</source>
        <translation>Запросов в секунду:</translation>
    </message>
    <message>
        <source>Target rate:</source>
        <translation>Заданная частота:</translation>
    </message>
    <message>
        <source>%1 requests/s, achieved %2</source>
        <translation>%1 запросов/с, достигнуто %2</translation>
    </message>
    <message>
        <source>Warning: the achieved rate is below 99 % of the target; the client or the server could not keep up.</source>
        <translation>Внимание: достигнутая частота ниже 99 % заданной; клиент или сервер не успевал.</translation>
    </message>
    <message>
        <source>CPU time (own):</source>
        <translation>Время ЦП (собственное):</translation>
    </message>
    <message>
        <source>%1 s user, %2 s system, %3 µs per request</source>
        <translation>%1 с пользовательского, %2 с системного, %3 мкс на запрос</translation>
    </message>
    <message>
        <source>Latency (ms), from the scheduled send time:</source>
        <translation>Задержка (мс) от запланированного времени отправки:</translation>
    </message>
    <message>
        <source>Latency (ms):</source>
        <translation>Задержка (мс):</translation>
    </message>
    <message>
        <source>Latency (ms), uncorrected (from the actual send):</source>
        <translation>Задержка (мс) без поправки (от фактической отправки):</translation>
    </message>
    <message>
        <source>Status codes:</source>
        <translation>Коды ответа:</translation>
    </message>
    <message>
        <source>Errors:</source>
        <translation>Ошибки:</translation>
    </message>
    <message>
        <source>connect</source>
        <translation>подключение</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>тайм-аут</translation>
    </message>
    <message>
        <source>reset</source>
        <translation>сброс соединения</translation>
    </message>
    <message>
        <source>malformed response</source>
        <translation>некорректный ответ</translation>
    </message>
    <message>
        <source>min</source>
        <translation>мин</translation>
    </message>
    <message>
        <source>max</source>
        <translation>макс</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>среднее</translation>
    </message>
    <message>
        <source>stdev</source>
        <translation>ст. откл.</translation>
    </message>
    <message>
        <source>Send the profile&apos;s API token (from the keychain, else API_TOKEN of its .env) as a Bearer token.</source>
        <translation>Отправлять токен API профиля (из связки ключей, иначе API_TOKEN из его .env) как токен Bearer.</translation>
    </message>
</context>
<context>
    <name>artgen::cli::LogsCommand</name>
    <message>
        <source>Show the services&apos; logs merged, filtered, or followed live (-f).</source>
        <translation>Показать журналы сервисов: вместе, с фильтрами или в реальном времени (-f).</translation>
    </message>
    <message>
        <source>Services to show (default: all of the stack).</source>
        <translation>Какие сервисы показать (по умолчанию — весь стек).</translation>
    </message>
    <message>
        <source>Keep following, across restarts, until Ctrl-C.</source>
        <translation>Продолжать следить, в том числе после перезапусков, до Ctrl-C.</translation>
    </message>
    <message>
        <source>Start from the last N lines of each (default: all).</source>
        <translation>Начать с последних N строк каждого (по умолчанию — все).</translation>
    </message>
    <message>
        <source>Only lines since TIME: 10m, 2h, 1d, a Unix time or an ISO 8601 date.</source>
        <translation>Только строки начиная с TIME: 10m, 2h, 1d, время Unix или дата ISO 8601.</translation>
    </message>
    <message>
        <source>Only lines matching the regular expression.</source>
        <translation>Только строки, подходящие под регулярное выражение.</translation>
    </message>
    <message>
        <source>Only lines at LEVEL or above: debug, info, warning, error, critical.</source>
        <translation>Только строки уровня LEVEL и выше: debug, info, warning, error, critical.</translation>
    </message>
    <message>
        <source>Also show the container NAME, even when it is not of the stack.</source>
        <translation>Показать также контейнер NAME, даже если он не из стека.</translation>
    </message>
    <message>
        <source>Print one JSON object per line.</source>
        <translation>Выводить по одному объекту JSON на строку.</translation>
    </message>
    <message>
        <source>Show Docker&apos;s timestamp on every line.</source>
        <translation>Показывать метку времени Docker в каждой строке.</translation>
    </message>
    <message>
        <source>“%1” is not a time.</source>
        <translation>«%1» — не время.</translation>
    </message>
    <message>
        <source>--since takes 10m, 2h, 1d, a Unix time or a date such as 2024-05-01T12:00:00.</source>
        <translation>--since принимает 10m, 2h, 1d, время Unix или дату вида 2024-05-01T12:00:00.</translation>
    </message>
    <message>
        <source>Correct the option and run the command again.</source>
        <translation>Исправьте параметр и запустите команду снова.</translation>
    </message>
    <message>
        <source>Try: artgenctl logs --help</source>
        <translation>Справка: artgenctl logs --help</translation>
    </message>
    <message>
        <source>--tail takes a number of lines or “all”.</source>
        <translation>--tail принимает число строк или «all».</translation>
    </message>
    <message>
        <source>--level takes debug, info, warning, error or critical.</source>
        <translation>--level принимает debug, info, warning, error или critical.</translation>
    </message>
    <message>
        <source>--grep: %1</source>
        <translation>--grep: %1</translation>
    </message>
    <message>
        <source>no service “%1” in the stack (it has: %2).</source>
        <translation>в стеке нет сервиса «%1» (есть: %2).</translation>
    </message>
    <message>
        <source>Only lines until TIME (same forms as --since); -f ends there.</source>
        <translation>Только строки до TIME (в тех же формах, что и --since); -f на этом завершается.</translation>
    </message>
    <message>
        <source>--until is before --since: nothing could match.</source>
        <translation>--until раньше --since: ни одна строка не подойдёт.</translation>
    </message>
</context>
<context>
    <name>artgen::cli::PostgresSession</name>
    <message>
        <source>The PostgreSQL monitor stopped before it answered.</source>
        <translation>Монитор PostgreSQL остановился, не успев ответить.</translation>
    </message>
</context>
<context>
    <name>artgen::cli::ProductionGate</name>
    <message>
        <source>On a production profile: its name, typed to confirm (needed with --yes as well).</source>
        <translation>Для рабочего профиля: его имя как подтверждение (нужно и вместе с --yes).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>“%1” is a production profile: pass --profile-name-confirm &quot;%1&quot; as well to go ahead. Nothing was changed.</source>
        <translation>«%1» — рабочий профиль: чтобы продолжить, добавьте --profile-name-confirm &quot;%1&quot;. Ничего не изменено.</translation>
    </message>
    <message>
        <source>--profile-name-confirm says “%1”, but the production profile is “%2”. Nothing was changed.</source>
        <translation>В --profile-name-confirm указано «%1», а рабочий профиль называется «%2». Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>artgen::cli::ProfilesCommand</name>
    <message>
        <source>Print one JSON document.</source>
        <translation>Вывести один документ JSON.</translation>
    </message>
    <message>
        <source>No profiles are configured. Start the panel once, or use --stack-dir DIR.</source>
        <translation>Ни одного профиля не настроено. Запустите панель один раз или укажите --stack-dir ПАПКА.</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>проблема: %1</translation>
    </message>
    <message>
        <source>List, add, remove or test the stack profiles (the active one is marked with *).</source>
        <translation>Показать, добавить, удалить или проверить профили стека (активный отмечен *).</translation>
    </message>
    <message>
        <source>Nothing to list; add NAME, remove NAME, test [NAME] or contexts.</source>
        <translation>Без аргументов — список; add ИМЯ, remove ИМЯ, test [ИМЯ] или contexts.</translation>
    </message>
    <message>
        <source>add: the Docker endpoint (unix://, tcp:// or ssh://).</source>
        <translation>add: точка подключения Docker (unix://, tcp:// или ssh://).</translation>
    </message>
    <message>
        <source>add: take the Docker endpoint from this Docker context.</source>
        <translation>add: взять точку подключения Docker из этого контекста Docker.</translation>
    </message>
    <message>
        <source>add: the CA certificate for a tcp:// host.</source>
        <translation>add: сертификат УЦ для хоста tcp://.</translation>
    </message>
    <message>
        <source>add: the client certificate for a tcp:// host.</source>
        <translation>add: клиентский сертификат для хоста tcp://.</translation>
    </message>
    <message>
        <source>add: the client key for a tcp:// host.</source>
        <translation>add: клиентский ключ для хоста tcp://.</translation>
    </message>
    <message>
        <source>add: the compose project name.</source>
        <translation>add: имя проекта compose.</translation>
    </message>
    <message>
        <source>add: the API base URL.</source>
        <translation>add: базовый URL API.</translation>
    </message>
    <message>
        <source>add: PostgreSQL as HOST:PORT, or &quot;container&quot; to go through it.</source>
        <translation>add: PostgreSQL как ХОСТ:ПОРТ или &quot;container&quot; — через контейнер.</translation>
    </message>
    <message>
        <source>add: Redis as HOST:PORT.</source>
        <translation>add: Redis как ХОСТ:ПОРТ.</translation>
    </message>
    <message>
        <source>add: where backups go.</source>
        <translation>add: куда складывать резервные копии.</translation>
    </message>
    <message>
        <source>add: mark it production (destructive commands then want its name).</source>
        <translation>add: пометить как рабочий (тогда разрушительные команды требуют его имя).</translation>
    </message>
    <message>
        <source>too many arguments.</source>
        <translation>слишком много аргументов.</translation>
    </message>
    <message>
        <source>unexpected argument “%1”; use add, remove, test or contexts.</source>
        <translation>неожиданный аргумент «%1»; используйте add, remove, test или contexts.</translation>
    </message>
    <message>
        <source>%1 needs the profile&apos;s name.</source>
        <translation>Для %1 нужно имя профиля.</translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation>РАБОЧИЙ</translation>
    </message>
    <message>
        <source>A new profile needs its stack folder.</source>
        <translation>Новому профилю нужна папка стека.</translation>
    </message>
    <message>
        <source>--stack-dir is missing.</source>
        <translation>Не указан --stack-dir.</translation>
    </message>
    <message>
        <source>Pass --stack-dir DIR, the folder that holds Docker_all/.</source>
        <translation>Укажите --stack-dir ПАПКА — папку, в которой лежит Docker_all/.</translation>
    </message>
    <message>
        <source>There is no Docker context called “%1”.</source>
        <translation>Контекста Docker с именем «%1» нет.</translation>
    </message>
    <message>
        <source>`artgenctl profiles contexts` lists them.</source>
        <translation>Список выводит `artgenctl profiles contexts`.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Ничего не сохранено.</translation>
    </message>
    <message>
        <source>Added profile “%1”.</source>
        <translation>Профиль «%1» добавлен.</translation>
    </message>
    <message>
        <source>Removed profile “%1”; its stack and backups are untouched.</source>
        <translation>Профиль «%1» удалён; его стек и резервные копии не тронуты.</translation>
    </message>
    <message>
        <source>There is no profile called “%1”.</source>
        <translation>Профиля «%1» нет.</translation>
    </message>
    <message>
        <source>Use `artgenctl profiles` to list them.</source>
        <translation>Список выводит `artgenctl profiles`.</translation>
    </message>
</context>
<context>
    <name>artgen::cli::RestoreCommand</name>
    <message>
        <source>Restore the database from a backup: checked first, in one transaction, with a safety backup.</source>
        <translation>Восстановить базу данных из резервной копии: с предварительной проверкой, в одной транзакции, со страховочной копией.</translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation>Файл резервной копии для восстановления.</translation>
    </message>
    <message>
        <source>Replace the whole database (objects not in the backup are lost).</source>
        <translation>Заменить всю базу данных (объекты, которых нет в копии, будут потеряны).</translation>
    </message>
    <message>
        <source>Do not back up the current database first.</source>
        <translation>Не делать перед этим резервную копию текущей базы.</translation>
    </message>
    <message>
        <source>Leave backend and celery running during the restore.</source>
        <translation>Не останавливать backend и celery во время восстановления.</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>Не запрашивать подтверждение.</translation>
    </message>
    <message>
        <source>Name one backup file.</source>
        <translation>Укажите один файл резервной копии.</translation>
    </message>
    <message>
        <source>Restoring %1 into database %2 (%3):</source>
        <translation>Восстановление %1 в базу данных %2 (%3):</translation>
    </message>
    <message>
        <source>A restore replaces data. There is no terminal to ask on, so pass --yes to go ahead.</source>
        <translation>Восстановление заменяет данные. Терминала для вопроса нет, поэтому для продолжения передайте --yes.</translation>
    </message>
    <message>
        <source>Type the database name (%1) to replace it: </source>
        <translation>Введите имя базы данных (%1), чтобы заменить её: </translation>
    </message>
    <message>
        <source>The name does not match; nothing was changed.</source>
        <translation>Имя не совпадает; ничего не изменено.</translation>
    </message>
    <message>
        <source>Continue? [y/N] </source>
        <translation>Продолжить? [y/N] </translation>
    </message>
    <message>
        <source>Cancelling the restore; the database is rolled back…</source>
        <translation>Отмена восстановления; изменения в базе откатываются…</translation>
    </message>
    <message>
        <source>Safety backup: %1</source>
        <translation>Страховочная копия: %1</translation>
    </message>
    <message>
        <source>Restored. The file has no manifest, so row counts were not compared.</source>
        <translation>Восстановлено. У файла нет манифеста, поэтому число строк не сравнивалось.</translation>
    </message>
    <message numerus="yes">
        <source>Restored; row counts match the manifest in all %n table(s).</source>
        <translation>
            <numerusform>Восстановлено; число строк совпадает с манифестом в %n таблице.</numerusform>
            <numerusform>Восстановлено; число строк совпадает с манифестом во всех %n таблицах.</numerusform>
            <numerusform>Восстановлено; число строк совпадает с манифестом во всех %n таблицах.</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: %2 rows in the backup, %3 now</source>
        <translation>  %1: в копии строк %2, сейчас %3</translation>
    </message>
    <message numerus="yes">
        <source>Restored, but row counts differ in %n table(s).</source>
        <translation>
            <numerusform>Восстановлено, но число строк отличается в %n таблице.</numerusform>
            <numerusform>Восстановлено, но число строк отличается в %n таблицах.</numerusform>
            <numerusform>Восстановлено, но число строк отличается в %n таблицах.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore a backup whose manifest names another database or profile (its data replaces this profile&apos;s database).</source>
        <translation>Восстановить копию, в манифесте которой указана другая база данных или другой профиль (её данные заменят базу этого профиля).</translation>
    </message>
    <message>
        <source>%1 does not belong to database %2: %3. Nothing was changed. If its data should replace %2, pass --into-other-database.</source>
        <translation>%1 — копия не базы %2: %3. Ничего не изменено. Если её данные должны заменить %2, укажите --into-other-database.</translation>
    </message>
    <message>
        <source>Warning: %1.</source>
        <translation>Внимание: %1.</translation>
    </message>
</context>
<context>
    <name>artgen::cli::RollbackConsole</name>
    <message>
        <source>R%1</source>
        <translation>О%1</translation>
    </message>
    <message>
        <source>C%1</source>
        <translation>П%1</translation>
    </message>
    <message>
        <source>No rollback was run.</source>
        <translation>Откат не выполнялся.</translation>
    </message>
    <message>
        <source>The rollback is green: the previous configuration and images run, and checks 5–9 pass (%1 s).</source>
        <translation>Откат успешен: работают прежние конфигурация и образы, проверки 5–9 пройдены (%1 с).</translation>
    </message>
    <message>
        <source>The rollback FAILED (%1 s): the stack may be in neither the old nor the new state; see the stages above and the report.</source>
        <translation>Откат НЕ УДАЛСЯ (%1 с): стек может быть ни в старом, ни в новом состоянии; см. этапы выше и отчёт.</translation>
    </message>
    <message>
        <source>Stopping the rollback; the stack may be half rolled back…</source>
        <translation>Откат останавливается; стек может остаться откаченным частично…</translation>
    </message>
    <message>
        <source>Rollback %1 of %2: %3…</source>
        <translation>Откат, этап %1 из %2: %3…</translation>
    </message>
</context>
<context>
    <name>artgen::cli::SecretCommand</name>
    <message>
        <source>Keep the profile&apos;s passwords and API token in the OS keychain: set NAME, forget NAME, status, import.</source>
        <translation>Хранить пароли и токен API профиля в связке ключей ОС: set NAME, forget NAME, status, import.</translation>
    </message>
    <message>
        <source>set NAME, forget NAME, status or import (from the .env).</source>
        <translation>set NAME, forget NAME, status или import (из .env).</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>status: print one JSON document.</source>
        <translation>status: вывести один документ JSON.</translation>
    </message>
    <message>
        <source>say what to do: set NAME, forget NAME, status or import.</source>
        <translation>укажите действие: set NAME, forget NAME, status или import.</translation>
    </message>
    <message>
        <source>unknown action “%1”; use set, forget, status or import.</source>
        <translation>неизвестное действие «%1»; используйте set, forget, status или import.</translation>
    </message>
    <message>
        <source>Try: artgenctl secret --help</source>
        <translation>Попробуйте: artgenctl secret --help</translation>
    </message>
    <message>
        <source>unexpected argument “%1”; a secret&apos;s value is read from standard input, never from the command line.</source>
        <translation>лишний аргумент «%1»: значение секрета читается со стандартного ввода и никогда — из командной строки.</translation>
    </message>
    <message>
        <source>name the secret: %1.</source>
        <translation>укажите секрет: %1.</translation>
    </message>
    <message>
        <source>there is no secret called “%1”; use one of %2.</source>
        <translation>секрета «%1» нет; укажите один из: %2.</translation>
    </message>
    <message>
        <source>Type %1 of profile %2 (not shown): </source>
        <translation>Введите %1 профиля %2 (ввод не отображается): </translation>
    </message>
    <message>
        <source>No value was given.</source>
        <translation>Значение не задано.</translation>
    </message>
    <message>
        <source>Standard input was empty.</source>
        <translation>Стандартный ввод пуст.</translation>
    </message>
    <message>
        <source>Type the value at the prompt, or pipe it in: artgenctl secret set %1 &lt; FILE.</source>
        <translation>Введите значение в ответ на запрос или передайте его через канал: artgenctl secret set %1 &lt; ФАЙЛ.</translation>
    </message>
    <message>
        <source>Nothing was stored: artgenctl keeps no secret in a file.</source>
        <translation>Ничего не сохранено: artgenctl не хранит секреты в файлах.</translation>
    </message>
    <message>
        <source>Stored %1 of profile %2 in the keychain.</source>
        <translation>В связке ключей сохранён %1 профиля %2.</translation>
    </message>
    <message>
        <source>Removed %1 of profile %2 from the keychain.</source>
        <translation>Из связки ключей удалён %1 профиля %2.</translation>
    </message>
    <message>
        <source>%1 (the keychain holds it but cannot be read now)</source>
        <translation>%1 (хранится в связке ключей, но сейчас её не удаётся прочитать)</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n secret(s) of profile %1 from its .env into the keychain.</source>
        <translation>
            <numerusform>Из .env в связку ключей скопирован %n секрет профиля %1.</numerusform>
            <numerusform>Из .env в связку ключей скопировано %n секрета профиля %1.</numerusform>
            <numerusform>Из .env в связку ключей скопировано %n секретов профиля %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The stack still reads its .env; the panel and artgenctl no longer need it for these secrets.</source>
        <translation>Стек по-прежнему читает свой .env, но панели и artgenctl он для этих секретов больше не нужен.</translation>
    </message>
</context>
<context>
    <name>artgen::cli::SessionsCommand</name>
    <message>
        <source>List PostgreSQL&apos;s client sessions (who holds the connections).</source>
        <translation>Показать клиентские сеансы PostgreSQL (кто занимает соединения).</translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation>Вывести один документ JSON.</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 назад</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>ПОЛЬЗОВАТЕЛЬ</translation>
    </message>
    <message>
        <source>APPLICATION</source>
        <translation>ПРИЛОЖЕНИЕ</translation>
    </message>
    <message>
        <source>CLIENT</source>
        <translation>КЛИЕНТ</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>СОСТОЯНИЕ</translation>
    </message>
    <message>
        <source>SINCE</source>
        <translation>С МОМЕНТА</translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation>ЗАПРОС</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n сеанс</numerusform>
            <numerusform>%n сеанса</numerusform>
            <numerusform>%n сеансов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>artgen::cli::StatusCommand</name>
    <message>
        <source>Show every service of the stack: state, health, uptime, restarts.</source>
        <translation>Показать все службы стека: состояние, здоровье, время работы, перезапуски.</translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation>Вывести один документ JSON.</translation>
    </message>
    <message>
        <source>Add CPU % and memory (takes about a second).</source>
        <translation>Добавить CPU % и память (занимает около секунды).</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>СЛУЖБА</translation>
    </message>
    <message>
        <source>CONTAINER</source>
        <translation>КОНТЕЙНЕР</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>СОСТОЯНИЕ</translation>
    </message>
    <message>
        <source>HEALTH</source>
        <translation>ЗДОРОВЬЕ</translation>
    </message>
    <message>
        <source>UPTIME</source>
        <translation>РАБОТАЕТ</translation>
    </message>
    <message>
        <source>RESTARTS</source>
        <translation>ПЕРЕЗАПУСКИ</translation>
    </message>
    <message>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <source>MEMORY</source>
        <translation>ПАМЯТЬ</translation>
    </message>
</context>
<context>
    <name>artgen::cli::TerminalAsker</name>
    <message>
        <source>Type %1 of profile %2 (kept in memory for this run only, not shown): </source>
        <translation>Введите %1 профиля %2 (хранится только в памяти до конца запуска, ввод не отображается): </translation>
    </message>
</context>
<context>
    <name>artgen::cli::TerminateIdleCommand</name>
    <message>
        <source>End PostgreSQL sessions idle for longer than a limit (default 5 minutes).</source>
        <translation>Завершить сеансы PostgreSQL, простаивающие дольше заданного времени (по умолчанию 5 минут).</translation>
    </message>
    <message>
        <source>End sessions idle for longer than this: 90s, 5m, 2h (a bare number is minutes).</source>
        <translation>Завершить сеансы, простаивающие дольше этого: 90s, 5m, 2h (число без единицы — минуты).</translation>
    </message>
    <message>
        <source>Only list what would be ended.</source>
        <translation>Только показать, что будет завершено.</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>Не спрашивать подтверждения.</translation>
    </message>
    <message numerus="yes">
        <source>End %n session(s)? Their clients lose the connection and must reconnect. [y/N] </source>
        <translation>
            <numerusform>Завершить %n сеанс? Его клиент потеряет соединение и должен будет переподключиться. [y/N] </numerusform>
            <numerusform>Завершить %n сеанса? Их клиенты потеряют соединение и должны будут переподключиться. [y/N] </numerusform>
            <numerusform>Завершить %n сеансов? Их клиенты потеряют соединение и должны будут переподключиться. [y/N] </numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a duration; write it as 90s, 5m or 2h.</source>
        <translation>«%1» — не длительность; укажите её как 90s, 5m или 2h.</translation>
    </message>
    <message>
        <source>ending sessions cuts their clients off. There is no terminal to ask on, so pass --yes to go ahead (or --dry-run to only list them).</source>
        <translation>завершение сеансов обрывает соединения их клиентов. Терминала для вопроса нет, поэтому, чтобы продолжить, укажите --yes (или --dry-run, чтобы только показать их).</translation>
    </message>
    <message>
        <source>No session has been idle for longer than the limit.</source>
        <translation>Нет сеансов, простаивающих дольше заданного времени.</translation>
    </message>
    <message numerus="yes">
        <source>Ended %n session(s):</source>
        <translation>
            <numerusform>Завершён %n сеанс:</numerusform>
            <numerusform>Завершено %n сеанса:</numerusform>
            <numerusform>Завершено %n сеансов:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>artgen::cli::VerifyCommand</name>
    <message>
        <source>Check a backup file: format, completeness and checksum.</source>
        <translation>Проверить файл резервной копии: формат, полноту и контрольную сумму.</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>Файл резервной копии.</translation>
    </message>
    <message>
        <source>Name one backup file.</source>
        <translation>Укажите один файл резервной копии.</translation>
    </message>
</context>
<context>
    <name>artgen::cli::WatchCommand</name>
    <message>
        <source>Print every source&apos;s figures each interval until Ctrl-C.</source>
        <translation>Печатать показатели всех источников каждый интервал до Ctrl-C.</translation>
    </message>
    <message>
        <source>Seconds between lines (default 1).</source>
        <translation>Секунд между строками (по умолчанию 1).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>секунды</translation>
    </message>
    <message>
        <source>Stop after N lines.</source>
        <translation>Остановиться после N строк.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>One JSON object per line.</source>
        <translation>Один объект JSON на строку.</translation>
    </message>
    <message>
        <source>celery %1/%2 busy</source>
        <translation>celery занято %1/%2</translation>
    </message>
    <message>
        <source>celery —</source>
        <translation>celery —</translation>
    </message>
    <message>
        <source>api %1 %2 ms</source>
        <translation>api %1 %2 мс</translation>
    </message>
    <message>
        <source>api —</source>
        <translation>api —</translation>
    </message>
    <message>
        <source>containers %1/%2</source>
        <translation>контейнеры %1/%2</translation>
    </message>
    <message>
        <source>artgenctl: --interval takes seconds from 0.2 to 3600.</source>
        <translation>artgenctl: --interval принимает секунды от 0.2 до 3600.</translation>
    </message>
    <message>
        <source>artgenctl: --count takes a whole number from 1.</source>
        <translation>artgenctl: --count принимает целое число от 1.</translation>
    </message>
</context>
<context>
    <name>artgen::cli::WorkersCommand</name>
    <message>
        <source>Count gunicorn and Celery workers against the configured numbers.</source>
        <translation>Сверить число воркеров gunicorn и Celery с настроенным.</translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation>Вывести один документ JSON.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>MISMATCH</source>
        <translation>НЕ СОВПАДАЕТ</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>gunicorn: %1 master + %2 workers (expected 1 + %3)  %4</source>
        <translation>gunicorn: %1 главный + %2 воркеров (ожидается 1 + %3)  %4</translation>
    </message>
    <message>
        <source>celery:   %1 pool processes (expected concurrency %2)  %3</source>
        <translation>celery:   %1 процессов пула (ожидаемая concurrency %2)  %3</translation>
    </message>
</context>
<context>
    <name>artgen::cli::YesNo</name>
    <message>
        <source>y</source>
        <comment>short yes to a [y/N] question</comment>
        <translation>д</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>yes to a [y/N] question</comment>
        <translation>да</translation>
    </message>
</context>
<context>
    <name>artgen::core::AlertCenter</name>
    <message>
        <source>%1 is back to normal: %2 (warning level %3).</source>
        <translation>%1 снова в норме: %2 (уровень предупреждения %3).</translation>
    </message>
    <message numerus="yes">
        <source>%1 is %2, past the critical level of %3 for %n second(s).</source>
        <translation>
            <numerusform>%1 — %2: критический уровень %3 превышен в течение %n секунды.</numerusform>
            <numerusform>%1 — %2: критический уровень %3 превышен в течение %n секунд.</numerusform>
            <numerusform>%1 — %2: критический уровень %3 превышен в течение %n секунд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is %2, past the warning level of %3 for %n second(s).</source>
        <translation>
            <numerusform>%1 — %2: уровень предупреждения %3 превышен в течение %n секунды.</numerusform>
            <numerusform>%1 — %2: уровень предупреждения %3 превышен в течение %n секунд.</numerusform>
            <numerusform>%1 — %2: уровень предупреждения %3 превышен в течение %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 container (%2) stopped, and the panel did not stop it.</source>
        <translation>Контейнер %1 (%2) остановился, хотя панель его не останавливала.</translation>
    </message>
    <message>
        <source>The %1 container (%2) is running again.</source>
        <translation>Контейнер %1 (%2) снова работает.</translation>
    </message>
    <message>
        <source>The API at %1 answers again (HTTP %2 in %3 ms).</source>
        <translation>API по адресу %1 снова отвечает (HTTP %2 за %3 мс).</translation>
    </message>
    <message numerus="yes">
        <source>The API at %1 stopped answering: %n probe(s) in a row failed. %2</source>
        <translation>
            <numerusform>API по адресу %1 перестал отвечать: %n проверка подряд не удалась. %2</numerusform>
            <numerusform>API по адресу %1 перестал отвечать: %n проверки подряд не удались. %2</numerusform>
            <numerusform>API по адресу %1 перестал отвечать: %n проверок подряд не удались. %2</numerusform>
        </translation>
    </message>
    <message>
        <source>PostgreSQL connections</source>
        <translation>Подключения к PostgreSQL</translation>
    </message>
    <message>
        <source>Redis clients</source>
        <translation>Клиенты Redis</translation>
    </message>
</context>
<context>
    <name>artgen::core::ApiProbe</name>
    <message>
        <source>The API at %1 answered HTTP %2 instead of 200: the backend or a service it needs is failing; see its logs.</source>
        <translation>API по адресу %1 ответил HTTP %2 вместо 200: сбоит бэкенд или нужная ему служба; посмотрите его журналы.</translation>
    </message>
    <message numerus="yes">
        <source>The API at %1 did not answer within %n ms: it may be overloaded or stuck.</source>
        <translation>
            <numerusform>API по адресу %1 не ответил за %n мс: возможно, он перегружен или завис.</numerusform>
            <numerusform>API по адресу %1 не ответил за %n мс: возможно, он перегружен или завис.</numerusform>
            <numerusform>API по адресу %1 не ответил за %n мс: возможно, он перегружен или завис.</numerusform>
        </translation>
    </message>
    <message>
        <source>The API at %1 cannot be reached (%2): check that the frontend container runs and publishes its port.</source>
        <translation>API по адресу %1 недоступен (%2): проверьте, что контейнер frontend запущен и публикует свой порт.</translation>
    </message>
    <message>
        <source>The API at %1 could not be asked: %2.</source>
        <translation>Не удалось опросить API по адресу %1: %2.</translation>
    </message>
</context>
<context>
    <name>artgen::core::ApiStep</name>
    <message>
        <source>GET %1: %2</source>
        <translation>GET %1: %2</translation>
    </message>
    <message>
        <source>Body: %1</source>
        <translation>Тело ответа: %1</translation>
    </message>
    <message numerus="yes">
        <source>The API answers 200 OK in %n ms.</source>
        <translation>
            <numerusform>API отвечает 200 OK за %n мс.</numerusform>
            <numerusform>API отвечает 200 OK за %n мс.</numerusform>
            <numerusform>API отвечает 200 OK за %n мс.</numerusform>
        </translation>
    </message>
    <message>
        <source>The API did not answer: %1.</source>
        <translation>API не ответил: %1.</translation>
    </message>
    <message>
        <source>The API answered %1 instead of 200.</source>
        <translation>API ответил %1 вместо 200.</translation>
    </message>
</context>
<context>
    <name>artgen::core::AuditReader</name>
    <message>
        <source>The audit log %1 cannot be read.</source>
        <translation>Не удаётся прочитать журнал аудита %1.</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions.</source>
        <translation>Проверьте права доступа к файлу.</translation>
    </message>
</context>
<context>
    <name>artgen::core::BackupCatalog</name>
    <message>
        <source>The backup %1 cannot be deleted.</source>
        <translation>Не удаётся удалить резервную копию %1.</translation>
    </message>
    <message>
        <source>Check the folder&apos;s permissions.</source>
        <translation>Проверьте права доступа к папке.</translation>
    </message>
</context>
<context>
    <name>artgen::core::BackupJob</name>
    <message>
        <source>Back up %1</source>
        <translation>Резервная копия %1</translation>
    </message>
    <message>
        <source>Backing up database %1 from %2 to %3</source>
        <translation>Резервное копирование базы %1 из %2 в %3</translation>
    </message>
    <message>
        <source>psql in %1 ended before the backup started.</source>
        <translation>psql в %1 завершился до начала копирования.</translation>
    </message>
    <message>
        <source>Check the database user, name and password in Docker_all/.env.</source>
        <translation>Проверьте пользователя, имя базы и пароль в Docker_all/.env.</translation>
    </message>
    <message>
        <source>The dump is incomplete.</source>
        <translation>Дамп неполный.</translation>
    </message>
    <message>
        <source>pg_dump exited 0 but its closing line is missing.</source>
        <translation>pg_dump завершился с кодом 0, но завершающей строки нет.</translation>
    </message>
    <message>
        <source>Retry the backup; if it happens again, check the disk.</source>
        <translation>Повторите копирование; если ошибка повторится, проверьте диск.</translation>
    </message>
    <message>
        <source>Start the stack again and retry the backup.</source>
        <translation>Запустите стек снова и повторите копирование.</translation>
    </message>
    <message>
        <source>Read pg_dump&apos;s message above; check the database user and name.</source>
        <translation>Прочтите сообщение pg_dump выше; проверьте пользователя и имя базы.</translation>
    </message>
    <message>
        <source>The custom-format dump does not pass pg_restore --list.</source>
        <translation>Дамп в формате custom не проходит pg_restore --list.</translation>
    </message>
    <message>
        <source>Retry the backup.</source>
        <translation>Повторите копирование.</translation>
    </message>
    <message>
        <source>Retention removed %1</source>
        <translation>По правилу хранения удалена %1</translation>
    </message>
    <message>
        <source>Cancelling: ending pg_dump in %1</source>
        <translation>Отмена: завершение pg_dump в %1</translation>
    </message>
    <message>
        <source>Check the postgres container&apos;s log, then retry the backup.</source>
        <translation>Проверьте журнал контейнера postgres и повторите копирование.</translation>
    </message>
    <message>
        <source>Removed %1, left behind by a backup that was killed</source>
        <translation>Удалён %1, оставшийся от прерванного резервного копирования</translation>
    </message>
    <message>
        <source>The postgres container %1 was paused during the backup.</source>
        <translation>Контейнер postgres %1 был приостановлен во время резервного копирования.</translation>
    </message>
    <message>
        <source>Unpause it (docker unpause %1), then retry the backup.</source>
        <translation>Возобновите его (docker unpause %1) и повторите резервное копирование.</translation>
    </message>
    <message>
        <source>The PostgreSQL server went away: the container %1 stopped during the backup.</source>
        <translation>Сервер PostgreSQL пропал: контейнер %1 остановился во время резервного копирования.</translation>
    </message>
    <message>
        <source>The PostgreSQL server in %1 went away during the backup (the connection was closed).</source>
        <translation>Сервер PostgreSQL в %1 пропал во время резервного копирования (соединение закрыто).</translation>
    </message>
    <message>
        <source>The disk holding %1 is full; the backup was not written.</source>
        <translation>Диск, на котором находится %1, заполнен; резервная копия не записана.</translation>
    </message>
    <message>
        <source>pg_dump in %1 failed with exit code %2.</source>
        <translation>pg_dump в %1 завершился с кодом %2.</translation>
    </message>
    <message numerus="yes">
        <source>PostgreSQL %1, database size %2, %n table(s) counted</source>
        <translation>
            <numerusform>PostgreSQL %1, размер базы %2, подсчитана %n таблица</numerusform>
            <numerusform>PostgreSQL %1, размер базы %2, подсчитано %n таблицы</numerusform>
            <numerusform>PostgreSQL %1, размер базы %2, подсчитано %n таблиц</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of the dump were written when it filled up (%2 free of %3 on %4); the database is %5, and a plain dump can be as large, a compressed one smaller.</source>
        <translation>К моменту заполнения было записано %1 дампа (свободно %2 из %3 на %4); размер базы — %5, простой дамп может быть таким же, сжатый — меньше.</translation>
    </message>
    <message>
        <source>Free at least %1 there, or choose a backup folder on another disk.</source>
        <translation>Освободите там не меньше %1 или выберите папку для копий на другом диске.</translation>
    </message>
    <message>
        <source>Backup written: %1 (%2) in %3 s</source>
        <translation>Копия записана: %1 (%2) за %3 с</translation>
    </message>
    <message>
        <source>Open a snapshot of %1 and count its rows.</source>
        <translation>Открыть снимок базы %1 и подсчитать строки её таблиц.</translation>
    </message>
    <message>
        <source>Dump %1 into %2.</source>
        <translation>Выгрузить %1 в %2.</translation>
    </message>
    <message>
        <source>Check the dump, save it with its manifest and apply retention.</source>
        <translation>Проверить выгрузку, сохранить её с манифестом и применить правило хранения.</translation>
    </message>
    <message>
        <source>Check the dump and save it with its manifest.</source>
        <translation>Проверить выгрузку и сохранить её с манифестом.</translation>
    </message>
</context>
<context>
    <name>artgen::core::BackupManifest</name>
    <message>
        <source>The backup manifest is not valid.</source>
        <translation>Манифест резервной копии некорректен.</translation>
    </message>
    <message>
        <source>It lacks the format or the checksum.</source>
        <translation>В нём нет формата или контрольной суммы.</translation>
    </message>
    <message>
        <source>The manifest %1 cannot be read.</source>
        <translation>Не удаётся прочитать манифест %1.</translation>
    </message>
    <message>
        <source>The manifest %1 is not valid JSON.</source>
        <translation>Манифест %1 — некорректный JSON.</translation>
    </message>
    <message>
        <source>The manifest %1 cannot be written.</source>
        <translation>Не удаётся записать манифест %1.</translation>
    </message>
    <message>
        <source>Check free space and permissions.</source>
        <translation>Проверьте свободное место и права доступа.</translation>
    </message>
</context>
<context>
    <name>artgen::core::BackupStep</name>
    <message numerus="yes">
        <source>Chosen: %1 (%2, made %n minute(s) ago)</source>
        <translation>
            <numerusform>Выбрана: %1 (%2, создана %n минуту назад)</numerusform>
            <numerusform>Выбрана: %1 (%2, создана %n минуты назад)</numerusform>
            <numerusform>Выбрана: %1 (%2, создана %n минут назад)</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>Резервное копирование не удалось: %1</translation>
    </message>
    <message>
        <source>Made: %1</source>
        <translation>Создана: %1</translation>
    </message>
    <message>
        <source>The backup %1 did not pass verification: %2</source>
        <translation>Резервная копия %1 не прошла проверку: %2</translation>
    </message>
    <message>
        <source>Verified: %1</source>
        <translation>Проверена: %1</translation>
    </message>
    <message>
        <source>Verified backup %1.</source>
        <translation>Проверенная резервная копия %1.</translation>
    </message>
</context>
<context>
    <name>artgen::core::BasicTestStep</name>
    <message>
        <source>The profile has no API token (API_TOKEN in %1).</source>
        <translation>В профиле нет токена API (API_TOKEN в %1).</translation>
    </message>
    <message>
        <source>The task completed; the load test was turned off.</source>
        <translation>Задача выполнена; нагрузочный тест отключён.</translation>
    </message>
    <message>
        <source>POST %1: %2</source>
        <translation>POST %1: %2</translation>
    </message>
    <message>
        <source>POST /api/v1/generate was not accepted (%1).</source>
        <translation>POST /api/v1/generate не принят (%1).</translation>
    </message>
    <message>
        <source>POST /api/v1/generate answered without a task_id.</source>
        <translation>POST /api/v1/generate ответил без task_id.</translation>
    </message>
    <message>
        <source>Task %1: %2 after %3 ms</source>
        <translation>Задача %1: %2 через %3 мс</translation>
    </message>
    <message>
        <source>The generate task %1 failed.</source>
        <translation>Задача генерации %1 завершилась ошибкой.</translation>
    </message>
    <message>
        <source>The generate task %1 did not complete within %2 s (last status “%3”).</source>
        <translation>Задача генерации %1 не завершилась за %2 с (последний статус «%3»).</translation>
    </message>
    <message>
        <source>Paced at nginx&apos;s rate limit of %1 requests/s, so its 429 answers do not stand in for the API&apos;s.</source>
        <translation>Запросы идут с темпом лимита nginx, %1 запросов/с, чтобы его ответы 429 не подменяли ответы API.</translation>
    </message>
    <message>
        <source>The load test did not run: %1</source>
        <translation>Нагрузочный тест не выполнен: %1</translation>
    </message>
    <message>
        <source>Load test GET %1: %2 requests, %3 at a time: %4 failed (%5 %), p50 %6 ms, p95 %7 ms, %8 requests/s</source>
        <translation>Нагрузочный тест GET %1: запросов %2, одновременно %3: неудачных %4 (%5 %), p50 %6 мс, p95 %7 мс, %8 запросов/с</translation>
    </message>
    <message>
        <source>Statuses: %1</source>
        <translation>Статусы: %1</translation>
    </message>
    <message>
        <source>error rate %1 % is not under %2 %</source>
        <translation>доля ошибок %1 % не ниже %2 %</translation>
    </message>
    <message>
        <source>p95 %1 ms is not under %2 ms</source>
        <translation>p95 %1 мс не ниже %2 мс</translation>
    </message>
    <message>
        <source>The task completed, but the load test missed: %1.</source>
        <translation>Задача завершилась, но нагрузочный тест не уложился: %1.</translation>
    </message>
    <message>
        <source>The task completed; load test: %1 % errors, p95 %2 ms.</source>
        <translation>Задача завершилась; нагрузочный тест: ошибок %1 %, p95 %2 мс.</translation>
    </message>
</context>
<context>
    <name>artgen::core::BuildStep</name>
    <message>
        <source>Skipped on request (--no-build).</source>
        <translation>Пропущено по запросу (--no-build).</translation>
    </message>
    <message>
        <source>No build input changed since the build of %1.</source>
        <translation>С момента сборки %1 ни один входной файл сборки не изменился.</translation>
    </message>
    <message>
        <source>The panel has recorded no build of this stack yet.</source>
        <translation>Панель ещё не записывала ни одной сборки этого стека.</translation>
    </message>
    <message>
        <source>Changed since the build of %1: %2</source>
        <translation>Изменилось после сборки %1: %2</translation>
    </message>
    <message>
        <source>compose build failed: %1</source>
        <translation>compose build завершился ошибкой: %1</translation>
    </message>
    <message>
        <source>The build inputs could not be recorded in %1.</source>
        <translation>Не удалось записать входные файлы сборки в %1.</translation>
    </message>
    <message>
        <source>Images rebuilt without the cache.</source>
        <translation>Образы пересобраны без кэша.</translation>
    </message>
    <message>
        <source>Images rebuilt.</source>
        <translation>Образы пересобраны.</translation>
    </message>
</context>
<context>
    <name>artgen::core::CapacityCheck</name>
    <message>
        <source>At worst the stack opens %1 PostgreSQL connections: %2 gunicorn workers and %3 Celery processes, each with a pool of %4 + %5 (%6).</source>
        <translation>В худшем случае стек открывает %1 соединений с PostgreSQL: %2 воркеров gunicorn и %3 процессов Celery, у каждого пул %4 + %5 (%6).</translation>
    </message>
    <message>
        <source>That is more than the server accepts: max_connections %1 minus %2 reserved leaves %3.</source>
        <translation>Это больше, чем принимает сервер: max_connections %1 минус %2 зарезервированных оставляет %3.</translation>
    </message>
    <message>
        <source>The server accepts %1 (max_connections %2 minus %3 reserved).</source>
        <translation>Сервер принимает %1 (max_connections %2 минус %3 зарезервированных).</translation>
    </message>
    <message>
        <source>It is not below the instructions&apos; limit of %1 connections.</source>
        <translation>Это не меньше предела из инструкции — %1 соединений.</translation>
    </message>
    <message>
        <source>These are the deployment instructions&apos; own optimized values: under full load they allow more connections than the instructions&apos; own check does.</source>
        <translation>Это собственные оптимизированные значения инструкции по развёртыванию: под полной нагрузкой они допускают больше соединений, чем разрешает её же проверка.</translation>
    </message>
</context>
<context>
    <name>artgen::core::CeleryInspector</name>
    <message numerus="yes">
        <source>No Celery worker answered &quot;celery inspect&quot; in %1 within %n second(s). The workers are down, or too busy to answer. Check the container&apos;s log.</source>
        <translation>
            <numerusform>Ни один обработчик Celery в %1 не ответил на «celery inspect» за %n секунду. Обработчики остановлены или слишком заняты, чтобы ответить. Проверьте журнал контейнера.</numerusform>
            <numerusform>Ни один обработчик Celery в %1 не ответил на «celery inspect» за %n секунды. Обработчики остановлены или слишком заняты, чтобы ответить. Проверьте журнал контейнера.</numerusform>
            <numerusform>Ни один обработчик Celery в %1 не ответил на «celery inspect» за %n секунд. Обработчики остановлены или слишком заняты, чтобы ответить. Проверьте журнал контейнера.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;celery inspect&quot; in %1 could not reach the broker (Redis). Start the Redis container; the figures come back by themselves.</source>
        <translation>«celery inspect» в %1 не смог связаться с брокером (Redis). Запустите контейнер Redis; показатели вернутся сами.</translation>
    </message>
    <message>
        <source>&quot;celery inspect&quot; in %1 failed with exit code %2: %3</source>
        <translation>«celery inspect» в %1 завершился с кодом %2: %3</translation>
    </message>
    <message>
        <source>&quot;celery inspect&quot; in %1 ended with exit code %2 and printed nothing. The workers may be too busy to answer; see the container&apos;s log.</source>
        <translation>«celery inspect» в %1 завершился с кодом %2 и ничего не вывел. Возможно, обработчики слишком заняты, чтобы ответить; смотрите журнал контейнера.</translation>
    </message>
</context>
<context>
    <name>artgen::core::CelerySnapshot</name>
    <message>
        <source>The answer of &quot;celery inspect %1&quot; is not JSON.</source>
        <translation>Ответ «celery inspect %1» не является JSON.</translation>
    </message>
    <message>
        <source>Check the Celery version in the celery container (celery 5 prints --json output).</source>
        <translation>Проверьте версию Celery в контейнере celery (вывод --json есть в celery 5).</translation>
    </message>
</context>
<context>
    <name>artgen::core::ChangesStep</name>
    <message>
        <source>Step 1 of this run kept no copy of the files to compare with: run step 1 first.</source>
        <translation>Шаг 1 этого прогона не сохранил копию файлов для сравнения: сначала выполните шаг 1.</translation>
    </message>
    <message>
        <source>The configuration files could not be read.</source>
        <translation>Не удалось прочитать файлы конфигурации.</translation>
    </message>
    <message>
        <source>No configuration file changed since step 1.</source>
        <translation>После шага 1 ни один файл конфигурации не изменился.</translation>
    </message>
    <message>
        <source>The files changed since step 1; confirm the change to go on (the diff is below).</source>
        <translation>После шага 1 файлы изменились; подтвердите изменение, чтобы продолжить (diff ниже).</translation>
    </message>
    <message>
        <source>The change was confirmed; its diff against step 1 is below.</source>
        <translation>Изменение подтверждено; его diff относительно шага 1 ниже.</translation>
    </message>
</context>
<context>
    <name>artgen::core::ChecklistJob</name>
    <message>
        <source>Deployment checklist</source>
        <translation>Чек-лист развёртывания</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1. %2: %3 — %4</source>
        <translation>%1. %2: %3 — %4</translation>
    </message>
</context>
<context>
    <name>artgen::core::ChecklistReport</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source># Deployment checklist report</source>
        <translation># Отчёт по чек-листу развёртывания</translation>
    </message>
    <message>
        <source>- Profile: %1</source>
        <translation>- Профиль: %1</translation>
    </message>
    <message>
        <source>- Run by: %1 (OS user)</source>
        <translation>- Выполнил: %1 (пользователь ОС)</translation>
    </message>
    <message>
        <source>- Started: %1 UTC</source>
        <translation>- Начало: %1 UTC</translation>
    </message>
    <message>
        <source>- Steps: %1–%2; %3 passed, %4 warned, %5 failed, %6 skipped, %7 not run</source>
        <translation>- Шаги: %1–%2; пройдено: %3, с предупреждениями: %4, не пройдено: %5, пропущено: %6, не выполнено: %7</translation>
    </message>
    <message>
        <source>| # | Step | Result | Time | Summary |</source>
        <translation>| № | Шаг | Результат | Время | Итог |</translation>
    </message>
    <message>
        <source>## Load test</source>
        <translation>## Нагрузочный тест</translation>
    </message>
    <message>
        <source>%1 requests, %2 failed (%3 %), p50 %4 ms, p95 %5 ms, %6 requests/s</source>
        <translation>запросов %1, неудачных %2 (%3 %), p50 %4 мс, p95 %5 мс, %6 запросов/с</translation>
    </message>
    <message>
        <source>Started %1 UTC, took %2.</source>
        <translation>Начат в %1 UTC, длился %2.</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Пропущен: %1</translation>
    </message>
    <message>
        <source>Deployment checklist report</source>
        <translation>Отчёт по чек-листу развёртывания</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Профиль: %1</translation>
    </message>
    <message>
        <source>Run by: %1 (OS user)</source>
        <translation>Выполнил: %1 (пользователь ОС)</translation>
    </message>
    <message>
        <source>Started: %1 UTC</source>
        <translation>Начало: %1 UTC</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Load test</source>
        <translation>Нагрузочный тест</translation>
    </message>
    <message>
        <source>The report folder %1 could not be created.</source>
        <translation>Не удалось создать папку отчёта %1.</translation>
    </message>
    <message>
        <source>The report %1 could not be written.</source>
        <translation>Не удалось записать отчёт %1.</translation>
    </message>
    <message>
        <source>## Rollback — %1</source>
        <translation>## Откат — %1</translation>
    </message>
    <message>
        <source>| # | Stage | Result | Time | Summary |</source>
        <translation>| № | Этап | Результат | Время | Итог |</translation>
    </message>
    <message>
        <source>Checks 5–9 run again after the rollback:</source>
        <translation>Проверки 5–9, выполненные повторно после отката:</translation>
    </message>
    <message>
        <source>Evidence of %1:</source>
        <translation>Подробности: %1</translation>
    </message>
    <message>
        <source>Rollback — %1</source>
        <translation>Откат — %1</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
</context>
<context>
    <name>artgen::core::ChecklistRun</name>
    <message>
        <source>The checklist run could not be read.</source>
        <translation>Не удалось прочитать прогон чек-листа.</translation>
    </message>
    <message>
        <source>Start a new run.</source>
        <translation>Начните новый прогон.</translation>
    </message>
    <message>
        <source>It was written by another version of the panel.</source>
        <translation>Он записан другой версией панели.</translation>
    </message>
    <message>
        <source>Its identifier or its range of steps is missing.</source>
        <translation>В нём нет идентификатора или диапазона шагов.</translation>
    </message>
    <message>
        <source>A step has no valid identifier or state.</source>
        <translation>У одного из шагов неверный идентификатор или состояние.</translation>
    </message>
    <message>
        <source>It does not hold one record per step.</source>
        <translation>В нём не по одной записи на каждый шаг.</translation>
    </message>
    <message>
        <source>Its steps are out of order.</source>
        <translation>Его шаги идут не по порядку.</translation>
    </message>
    <message>
        <source>The checklist run could not be saved to %1.</source>
        <translation>Не удалось сохранить прогон чек-листа в %1.</translation>
    </message>
    <message>
        <source>Check that the folder is writable and the disk not full.</source>
        <translation>Проверьте, что в папку можно писать и диск не заполнен.</translation>
    </message>
    <message>
        <source>The folder could not be created.</source>
        <translation>Не удалось создать папку.</translation>
    </message>
    <message>
        <source>The checklist run %1 could not be opened.</source>
        <translation>Не удалось открыть прогон чек-листа %1.</translation>
    </message>
    <message>
        <source>The checklist run %1 is not JSON.</source>
        <translation>Прогон чек-листа %1 — не JSON.</translation>
    </message>
    <message>
        <source>There is no unfinished checklist run to resume.</source>
        <translation>Нет незавершённого прогона чек-листа, который можно продолжить.</translation>
    </message>
    <message>
        <source>Every run in %1 is complete.</source>
        <translation>Все прогоны в %1 завершены.</translation>
    </message>
    <message>
        <source>Start a new run without --resume.</source>
        <translation>Начните новый прогон без --resume.</translation>
    </message>
    <message>
        <source>There is no unfinished deployment of this profile to resume.</source>
        <translation>У этого профиля нет незавершённого развёртывания, которое можно продолжить.</translation>
    </message>
    <message>
        <source>No deployment (steps 1–11) in %1 stopped before its end.</source>
        <translation>Ни одно развёртывание (шаги 1–11) в %1 не остановилось до конца.</translation>
    </message>
    <message>
        <source>Start a new deployment without --resume.</source>
        <translation>Начните новое развёртывание без --resume.</translation>
    </message>
    <message>
        <source>Its rollback record is incomplete.</source>
        <translation>Запись об откате неполна.</translation>
    </message>
    <message>
        <source>There is no failed deployment of this profile to roll back.</source>
        <translation>У этого профиля нет неудачного развёртывания, которое можно откатить.</translation>
    </message>
    <message>
        <source>No deployment (steps 1–11) in %1 failed at a step.</source>
        <translation>Ни одно развёртывание (шаги 1–11) в %1 не завершилось ошибкой на каком-либо шаге.</translation>
    </message>
    <message>
        <source>Roll back by hand from the configuration history.</source>
        <translation>Выполните откат вручную из истории конфигурации.</translation>
    </message>
    <message>
        <source>The newest deployment of this profile was rolled back already: there is nothing to roll back.</source>
        <translation>Последнее развёртывание этого профиля уже откачено: откатывать нечего.</translation>
    </message>
    <message>
        <source>Deployment %1 failed at step %2 and its rollback is green.</source>
        <translation>Развёртывание %1 завершилось ошибкой на шаге %2, и его откат прошёл успешно.</translation>
    </message>
    <message>
        <source>Fix the cause and deploy again.</source>
        <translation>Устраните причину и выполните развёртывание снова.</translation>
    </message>
    <message>
        <source>The newest deployment, %1, did not fail at a step.</source>
        <translation>Последнее развёртывание, %1, не завершилось ошибкой ни на одном шаге.</translation>
    </message>
    <message>
        <source>Going on with an older deployment would redo its steps over the newer one&apos;s.</source>
        <translation>Продолжение более старого развёртывания повторило бы его шаги поверх более нового.</translation>
    </message>
    <message>
        <source>The newest deployment of this profile, %1, was rolled back: there is nothing to resume.</source>
        <translation>Последнее развёртывание этого профиля, %1, откачено: продолжать нечего.</translation>
    </message>
    <message>
        <source>Fix the cause and start a new deployment without --resume.</source>
        <translation>Устраните причину и начните новое развёртывание без --resume.</translation>
    </message>
    <message>
        <source>The newest deployment of this profile, %1, is complete: there is nothing to resume.</source>
        <translation>Последнее развёртывание этого профиля, %1, завершено: продолжать нечего.</translation>
    </message>
    <message>
        <source>The rollback of the newest deployment of this profile, %1, did not end green: a deployment whose rollback began is not resumed.</source>
        <translation>Откат последнего развёртывания этого профиля, %1, не завершился успешно: развёртывание, откат которого начат, не продолжается.</translation>
    </message>
    <message>
        <source>Roll it back again with deploy --rollback.</source>
        <translation>Откатите его снова командой deploy --rollback.</translation>
    </message>
</context>
<context>
    <name>artgen::core::ChecklistStep</name>
    <message>
        <source>API availability checked</source>
        <translation>Доступность API проверена</translation>
    </message>
    <message>
        <source>Asks GET /api/v1/health through nginx; it must answer 200 OK (`curl -I http://localhost/api/v1/health`).</source>
        <translation>Запрашивает GET /api/v1/health через nginx; ответ должен быть 200 OK (`curl -I http://localhost/api/v1/health`).</translation>
    </message>
    <message>
        <source>Run “What is wrong?”: a 502 means the backend does not answer (restart it), a 504 that it answered too slowly.</source>
        <translation>Запустите «Что не так?»: 502 означает, что бэкенд не отвечает (перезапустите его), 504 — что он ответил слишком медленно.</translation>
    </message>
    <message>
        <source>Database backed up</source>
        <translation>Резервная копия базы данных создана</translation>
    </message>
    <message>
        <source>Makes sure a verified backup of the database exists before anything changes (`pg_dump … &gt; backup_$(date +%Y%m%d_%H%M%S).sql`): a recent one of this profile, else a new one; and keeps a copy of the configuration files for step 3.</source>
        <translation>Убеждается, что до любых изменений есть проверенная резервная копия базы (`pg_dump … &gt; backup_$(date +%Y%m%d_%H%M%S).sql`): недавняя копия этого профиля или новая; и сохраняет копию файлов конфигурации для шага 3.</translation>
    </message>
    <message>
        <source>Restore this backup (Backups page or `artgenctl restore FILE`) to undo a deployment that lost data.</source>
        <translation>Восстановите эту копию (страница «Резервные копии» или `artgenctl restore FILE`), чтобы отменить развёртывание, при котором были потеряны данные.</translation>
    </message>
    <message>
        <source>Basic testing done</source>
        <translation>Базовое тестирование выполнено</translation>
    </message>
    <message>
        <source>Sends POST /api/v1/generate with the API token and waits until its task completes, then runs the load test (100 requests, 10 at a time, on /api/v1/characters): the error rate must stay under 1 % and p95 under 200 ms.</source>
        <translation>Отправляет POST /api/v1/generate с токеном API и ждёт завершения задачи, затем запускает нагрузочный тест (100 запросов, по 10 одновременно, на /api/v1/characters): доля ошибок должна быть ниже 1 %, а p95 — ниже 200 мс.</translation>
    </message>
    <message>
        <source>A task that does not complete points at Celery (run “What is wrong?”); slow or failing requests at the workers and pools in the configuration.</source>
        <translation>Незавершённая задача указывает на Celery (запустите «Что не так?»); медленные или неудачные запросы — на число воркеров и размеры пулов в конфигурации.</translation>
    </message>
    <message>
        <source>Images rebuilt (if needed)</source>
        <translation>Образы пересобраны (при необходимости)</translation>
    </message>
    <message>
        <source>Rebuilds the images (`docker-compose build --no-cache`) when a file of their build context changed since the last build; skipped, with that reason, when none did.</source>
        <translation>Пересобирает образы (`docker-compose build --no-cache`), если с последней сборки изменился файл их контекста сборки; если ни один не изменился, шаг пропускается с этой причиной.</translation>
    </message>
    <message>
        <source>Start the images the stack ran before (compose up -d without a build).</source>
        <translation>Запустите образы, на которых стек работал раньше (compose up -d без сборки).</translation>
    </message>
    <message>
        <source>File changes applied</source>
        <translation>Изменения файлов применены</translation>
    </message>
    <message>
        <source>Shows what changed in nginx-docker.conf, Docker_all/docker-compose.yml, app/database/db.py and app/utils/http_client.py since step 1, as a diff, and asks for the change to be confirmed.</source>
        <translation>Показывает в виде diff, что изменилось в nginx-docker.conf, Docker_all/docker-compose.yml, app/database/db.py и app/utils/http_client.py после шага 1, и просит подтвердить изменение.</translation>
    </message>
    <message>
        <source>Put the files back as they were at step 1 (the configuration history, or `git checkout HEAD -- &lt;file&gt;`).</source>
        <translation>Верните файлы в состояние на шаге 1 (история конфигурации или `git checkout HEAD -- &lt;файл&gt;`).</translation>
    </message>
    <message>
        <source>DB and Redis connections checked</source>
        <translation>Подключения к БД и Redis проверены</translation>
    </message>
    <message>
        <source>Counts PostgreSQL connections (must be &lt; 100: `SELECT count(*) FROM pg_stat_activity`) and Redis clients (must be &lt; 50: `INFO clients`) against the profile&apos;s thresholds, and works out the worst case the pool settings allow.</source>
        <translation>Считает подключения к PostgreSQL (должно быть &lt; 100: `SELECT count(*) FROM pg_stat_activity`) и клиентов Redis (должно быть &lt; 50: `INFO clients`) относительно порогов профиля и вычисляет худший случай, который допускают настройки пулов.</translation>
    </message>
    <message>
        <source>End idle PostgreSQL sessions (terminate idle &gt; 5 min), or lower the workers or the pool sizes in the configuration so the worst case fits max_connections.</source>
        <translation>Завершите простаивающие сеансы PostgreSQL (простой &gt; 5 мин) или уменьшите число воркеров или размеры пулов в конфигурации, чтобы худший случай укладывался в max_connections.</translation>
    </message>
    <message>
        <source>Logs of all services checked</source>
        <translation>Журналы всех сервисов проверены</translation>
    </message>
    <message>
        <source>Reads the logs of the backend, Celery and the frontend (nginx) since the containers started and looks for errors and tracebacks, as `docker logs art_generation_backend --tail 50` does by eye.</source>
        <translation>Читает журналы бэкенда, Celery и фронтенда (nginx) с момента запуска контейнеров и ищет ошибки и трассировки — то, что `docker logs art_generation_backend --tail 50` показывает для просмотра глазами.</translation>
    </message>
    <message>
        <source>Open the grouped errors in the Logs page, fix their cause, then restart the service and run the check again.</source>
        <translation>Откройте сгруппированные ошибки на странице «Журналы», устраните их причину, затем перезапустите сервис и повторите проверку.</translation>
    </message>
    <message>
        <source>Monitoring set up (recommended)</source>
        <translation>Мониторинг настроен (рекомендуется)</translation>
    </message>
    <message>
        <source>Checks that the panel&apos;s background monitoring raises alerts for this profile: the connection thresholds are set and no kind of alert is muted.</source>
        <translation>Проверяет, что фоновый мониторинг панели выдаёт оповещения для этого профиля: пороги подключений заданы и ни один вид оповещений не отключён.</translation>
    </message>
    <message>
        <source>Open Settings → Alerts for this profile: set the thresholds and unmute the alerts.</source>
        <translation>Откройте «Настройки → Оповещения» для этого профиля: задайте пороги и включите оповещения.</translation>
    </message>
    <message>
        <source>New containers started</source>
        <translation>Новые контейнеры запущены</translation>
    </message>
    <message>
        <source>Starts the stack with the new configuration (`docker-compose up -d`) and waits until every service is running and healthy (`docker-compose ps`).</source>
        <translation>Запускает стек с новой конфигурацией (`docker-compose up -d`) и ждёт, пока все сервисы не заработают и не станут исправными (`docker-compose ps`).</translation>
    </message>
    <message>
        <source>Read the unhealthy service&apos;s log; roll back to the previous configuration and images if it does not come up.</source>
        <translation>Прочитайте журнал неисправного сервиса; если он не поднимается, откатитесь к прежней конфигурации и образам.</translation>
    </message>
    <message>
        <source>Current containers stopped</source>
        <translation>Текущие контейнеры остановлены</translation>
    </message>
    <message>
        <source>Stops and removes the stack&apos;s containers (`docker-compose down`); the database and Redis volumes stay.</source>
        <translation>Останавливает и удаляет контейнеры стека (`docker-compose down`); тома базы данных и Redis сохраняются.</translation>
    </message>
    <message>
        <source>Start the containers again (compose up -d): step 5.</source>
        <translation>Снова запустите контейнеры (compose up -d): шаг 5.</translation>
    </message>
    <message>
        <source>Number of workers checked</source>
        <translation>Количество воркеров проверено</translation>
    </message>
    <message>
        <source>Counts the gunicorn master and workers and the Celery pool processes (`ps aux | grep gunicorn`, `celery inspect active`) and compares them with the values the configuration files set.</source>
        <translation>Считает мастер-процесс и воркеры gunicorn и процессы пула Celery (`ps aux | grep gunicorn`, `celery inspect active`) и сравнивает их со значениями из файлов конфигурации.</translation>
    </message>
    <message>
        <source>Apply the configuration (compose up -d recreates the containers), or restart the service whose workers are missing.</source>
        <translation>Примените конфигурацию (compose up -d пересоздаст контейнеры) или перезапустите сервис, у которого не хватает воркеров.</translation>
    </message>
</context>
<context>
    <name>artgen::core::ComposeCli</name>
    <message>
        <source>Docker Compose is not installed.</source>
        <translation>Docker Compose не установлен.</translation>
    </message>
    <message>
        <source>Neither “docker compose” (the Compose plugin of the docker CLI) nor “docker-compose” was found on PATH.</source>
        <translation>В PATH нет ни «docker compose» (плагина Compose для docker CLI), ни «docker-compose».</translation>
    </message>
    <message>
        <source>Install the Compose plugin (package docker-compose-plugin) or docker-compose (apt-get install docker-compose), then try again.</source>
        <translation>Установите плагин Compose (пакет docker-compose-plugin) или docker-compose (apt-get install docker-compose) и повторите попытку.</translation>
    </message>
</context>
<context>
    <name>artgen::core::ComposeCommandDocument</name>
    <message>
        <source>a tab indents this line; YAML allows only spaces</source>
        <translation>строка начинается с табуляции, а YAML допускает для отступов только пробелы</translation>
    </message>
    <message>
        <source>the list is not closed by &quot;]&quot;</source>
        <translation>список не закрыт символом «]»</translation>
    </message>
    <message>
        <source>the alias *%1 has no anchor</source>
        <translation>у ссылки *%1 нет якоря</translation>
    </message>
    <message>
        <source>a quoted string is not closed</source>
        <translation>строка в кавычках не закрыта</translation>
    </message>
    <message>
        <source>the alias %1 has no anchor</source>
        <translation>у ссылки %1 нет якоря</translation>
    </message>
    <message>
        <source>there is no &quot;services:&quot; section</source>
        <translation>нет раздела «services:»</translation>
    </message>
    <message>
        <source>a service name was expected</source>
        <translation>ожидалось имя сервиса</translation>
    </message>
    <message>
        <source>no service runs a Celery worker</source>
        <translation>ни один сервис не запускает воркер Celery</translation>
    </message>
    <message>
        <source>no service runs gunicorn</source>
        <translation>ни один сервис не запускает gunicorn</translation>
    </message>
    <message>
        <source>the command of &quot;%1&quot; has no option for %2; add it by hand first</source>
        <translation>в команде сервиса «%1» нет параметра для %2; сначала добавьте его вручную</translation>
    </message>
</context>
<context>
    <name>artgen::core::ComposeJob</name>
    <message>
        <source>Start the stack (compose up)</source>
        <translation>Запуск стека (compose up)</translation>
    </message>
    <message>
        <source>Stop and remove the stack (compose down)</source>
        <translation>Остановка и удаление стека (compose down)</translation>
    </message>
    <message>
        <source>Build the stack&apos;s images (compose build)</source>
        <translation>Сборка образов стека (compose build)</translation>
    </message>
    <message>
        <source>Pull the stack&apos;s images (compose pull)</source>
        <translation>Загрузка образов стека (compose pull)</translation>
    </message>
    <message>
        <source>Check the compose file (compose config)</source>
        <translation>Проверка файла compose (compose config)</translation>
    </message>
    <message>
        <source>Restart services (compose restart)</source>
        <translation>Перезапуск служб (compose restart)</translation>
    </message>
    <message>
        <source>“%1” is not a valid service name.</source>
        <translation>«%1» — недопустимое имя службы.</translation>
    </message>
    <message>
        <source>Service names use only letters, digits, “.”, “_” and “-”, and do not start with “-”.</source>
        <translation>Имя службы состоит только из латинских букв, цифр, «.», «_» и «-» и не начинается с «-».</translation>
    </message>
    <message>
        <source>Use the names from the services: section of docker-compose.yml.</source>
        <translation>Используйте имена из раздела services: файла docker-compose.yml.</translation>
    </message>
    <message>
        <source>The compose folder %1 does not exist.</source>
        <translation>Папки compose %1 не существует.</translation>
    </message>
    <message>
        <source>The stack folder of profile “%1” has no Docker_all folder.</source>
        <translation>В папке стека профиля «%1» нет папки Docker_all.</translation>
    </message>
    <message>
        <source>Choose the folder that holds Docker_all/ in the profile&apos;s settings.</source>
        <translation>Укажите в настройках профиля папку, в которой лежит Docker_all/.</translation>
    </message>
    <message>
        <source>Running %1 in %2</source>
        <translation>Выполняется %1 в %2</translation>
    </message>
    <message>
        <source>“%1” stopped unexpectedly.</source>
        <translation>«%1» неожиданно прервалась.</translation>
    </message>
    <message>
        <source>Compose was killed by a signal before it finished.</source>
        <translation>Процесс compose был завершён сигналом, не закончив работу.</translation>
    </message>
    <message>
        <source>Run the operation again; if it happens again, check the system log for the out-of-memory killer.</source>
        <translation>Повторите операцию; если сбой повторится, проверьте в системном журнале, не сработал ли OOM killer (нехватка памяти).</translation>
    </message>
    <message>
        <source>Could not start %1.</source>
        <translation>Не удалось запустить %1.</translation>
    </message>
    <message>
        <source>Check that %1 is installed and can be run by this user.</source>
        <translation>Проверьте, что %1 установлен и этот пользователь может его запускать.</translation>
    </message>
    <message>
        <source>“%1” failed with exit code %2.</source>
        <translation>Команда «%1» завершилась с ошибкой (код выхода %2).</translation>
    </message>
    <message>
        <source>Compose printed nothing.</source>
        <translation>Compose ничего не вывел.</translation>
    </message>
    <message>
        <source>Compose said:</source>
        <translation>Сообщение compose:</translation>
    </message>
    <message>
        <source>Run it as a member of the docker group (or as root), then try again.</source>
        <translation>Запустите команду от имени пользователя из группы docker (или от root) и повторите попытку.</translation>
    </message>
    <message>
        <source>Start Docker (systemctl start docker), or check DOCKER_HOST and the profile&apos;s Docker host, then try again.</source>
        <translation>Запустите Docker (systemctl start docker) или проверьте DOCKER_HOST и адрес Docker в профиле, затем повторите попытку.</translation>
    </message>
    <message>
        <source>Fix the compose file in %1 and check it again.</source>
        <translation>Исправьте файл compose в %1 и проверьте его снова.</translation>
    </message>
    <message>
        <source>Fix what compose reports (the compose file and .env are in %1), then try again.</source>
        <translation>Устраните то, о чём сообщает compose (файл compose и .env лежат в %1), и повторите попытку.</translation>
    </message>
</context>
<context>
    <name>artgen::core::ConfigApplyJob</name>
    <message>
        <source>Roll back the configuration</source>
        <translation>Откат конфигурации</translation>
    </message>
    <message>
        <source>Apply the configuration</source>
        <translation>Применение конфигурации</translation>
    </message>
    <message>
        <source>Validate the new files</source>
        <translation>Проверка новых файлов</translation>
    </message>
    <message>
        <source>Write the files</source>
        <translation>Запись файлов</translation>
    </message>
    <message>
        <source>Record the change</source>
        <translation>Запись изменения в историю</translation>
    </message>
    <message>
        <source>Make the change take effect</source>
        <translation>Ввод изменения в действие</translation>
    </message>
    <message>
        <source>Check the stack</source>
        <translation>Проверка стека</translation>
    </message>
    <message>
        <source>No change: every value is already as asked.</source>
        <translation>Изменений нет: все значения уже такие, как просили.</translation>
    </message>
    <message>
        <source>Validation skipped (--no-validate).</source>
        <translation>Проверка пропущена (--no-validate).</translation>
    </message>
    <message>
        <source>Cannot validate without Docker.</source>
        <translation>Без Docker проверить файлы невозможно.</translation>
    </message>
    <message>
        <source>Start Docker, or apply without validation.</source>
        <translation>Запустите Docker или примените без проверки.</translation>
    </message>
    <message>
        <source>git checkout HEAD -- %1</source>
        <translation>git checkout HEAD -- %1</translation>
    </message>
    <message>
        <source>Wrote %1 in place (a single-file bind mount of %2).</source>
        <translation>Файл %1 перезаписан на месте (он смонтирован в %2 как отдельный файл).</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Записан %1.</translation>
    </message>
    <message>
        <source>The files were written; the change is not in the history.</source>
        <translation>Файлы записаны, но изменение не попало в историю.</translation>
    </message>
    <message>
        <source>Recorded as %1 in the configuration history.</source>
        <translation>Записано в историю конфигурации как %1.</translation>
    </message>
    <message numerus="yes">
        <source>Not made to take effect, as asked: %n action(s) still to do.</source>
        <translation>
            <numerusform>Изменение, как и просили, не введено в действие: осталось %n действие.</numerusform>
            <numerusform>Изменение, как и просили, не введено в действие: осталось %n действия.</numerusform>
            <numerusform>Изменение, как и просили, не введено в действие: осталось %n действий.</numerusform>
        </translation>
    </message>
    <message>
        <source>Docker is not reachable.</source>
        <translation>Docker недоступен.</translation>
    </message>
    <message>
        <source>The files are written; reload or restart the services by hand.</source>
        <translation>Файлы записаны; перезагрузите или перезапустите сервисы вручную.</translation>
    </message>
    <message>
        <source>nginx -s reload in %1</source>
        <translation>nginx -s reload в %1</translation>
    </message>
    <message>
        <source>nginx did not reload.</source>
        <translation>nginx не перезагрузил конфигурацию.</translation>
    </message>
    <message>
        <source>The files are written: check nginx&apos;s log, or roll back.</source>
        <translation>Файлы записаны: посмотрите журнал nginx или откатите изменение.</translation>
    </message>
    <message>
        <source>nginx reloaded</source>
        <translation>nginx перезагружен</translation>
    </message>
    <message>
        <source>%1 recreated (up -d --no-deps)</source>
        <translation>%1: пересоздан (up -d --no-deps)</translation>
    </message>
    <message>
        <source>Restarting %1</source>
        <translation>Перезапуск %1</translation>
    </message>
    <message>
        <source>%1 restarted</source>
        <translation>%1: перезапущен</translation>
    </message>
    <message>
        <source>Nothing to check: the change has not been made to take effect.</source>
        <translation>Проверять нечего: изменение не введено в действие.</translation>
    </message>
    <message>
        <source>nginx does not answer %1 with 200.</source>
        <translation>nginx не отвечает 200 на %1.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Check the frontend and backend logs, or roll back.</source>
        <translation>Посмотрите журналы frontend и backend или откатите изменение.</translation>
    </message>
    <message>
        <source>%1 answers 200.</source>
        <translation>%1 отвечает 200.</translation>
    </message>
    <message>
        <source>nginx answers /api/v1/health</source>
        <translation>nginx отвечает на /api/v1/health</translation>
    </message>
    <message>
        <source>gunicorn %1 + %2, Celery %3</source>
        <translation>gunicorn %1 + %2, Celery %3</translation>
    </message>
    <message>
        <source>The workers did not come up as asked: %1.</source>
        <translation>Воркеры не запустились в заданном количестве: %1.</translation>
    </message>
    <message>
        <source>Check the backend and celery logs, or roll back.</source>
        <translation>Посмотрите журналы backend и celery или откатите изменение.</translation>
    </message>
    <message>
        <source>Workers: %1.</source>
        <translation>Воркеры: %1.</translation>
    </message>
</context>
<context>
    <name>artgen::core::ConfigApplyPlan</name>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>изменён %1</translation>
    </message>
    <message>
        <source>Reload nginx: docker exec %1 nginx -s reload</source>
        <translation>Перезагрузить nginx: docker exec %1 nginx -s reload</translation>
    </message>
    <message>
        <source>Recreate %1 with the new command: docker compose up -d --no-deps %1</source>
        <translation>Пересоздать %1 с новой командой: docker compose up -d --no-deps %1</translation>
    </message>
    <message>
        <source>Restart %1 so the app reads the new pool settings: docker compose restart %1</source>
        <translation>Перезапустить %1, чтобы приложение прочитало новые параметры пула: docker compose restart %1</translation>
    </message>
</context>
<context>
    <name>artgen::core::ConfigChange</name>
    <message>
        <source>&quot;%1&quot; is not KEY=VALUE.</source>
        <translation>«%1» — не в виде КЛЮЧ=ЗНАЧЕНИЕ.</translation>
    </message>
    <message>
        <source>Write each setting as KEY=VALUE, e.g. gunicorn.workers=8.</source>
        <translation>Записывайте каждую настройку как КЛЮЧ=ЗНАЧЕНИЕ, например gunicorn.workers=8.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a setting the editor knows</source>
        <translation>«%1» — неизвестная редактору настройка</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>artgen::core::ConfigDocuments</name>
    <message>
        <source>the file is missing</source>
        <translation>файл отсутствует</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a setting the editor knows</source>
        <translation>«%1» — неизвестная редактору настройка</translation>
    </message>
</context>
<context>
    <name>artgen::core::ConfigError</name>
    <message>
        <source>%1, line %2</source>
        <translation>%1, строка %2</translation>
    </message>
    <message>
        <source>The configuration change cannot be made (%1).</source>
        <translation>Изменить конфигурацию не удалось (%1).</translation>
    </message>
    <message>
        <source>No file was changed. Correct the value or the file and try again.</source>
        <translation>Ни один файл не изменён. Исправьте значение или файл и повторите попытку.</translation>
    </message>
</context>
<context>
    <name>artgen::core::ConfigFileWriter</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>Не удаётся записать %1.</translation>
    </message>
    <message>
        <source>Check the file and its folder (permissions, free space), then apply again.</source>
        <translation>Проверьте файл и его папку (права, свободное место) и примените снова.</translation>
    </message>
    <message>
        <source>a folder is in its place</source>
        <translation>на его месте находится папка</translation>
    </message>
    <message>
        <source>%1 changed on disk since it was read.</source>
        <translation>Файл %1 изменился на диске после того, как был прочитан.</translation>
    </message>
    <message>
        <source>Load the configuration again and redo the change.</source>
        <translation>Загрузите конфигурацию заново и повторите изменение.</translation>
    </message>
    <message>
        <source>%1 The files already written were put back as they were.</source>
        <translation>%1 Уже записанные файлы возвращены в прежнее состояние.</translation>
    </message>
    <message>
        <source>%1 could not be put back; their previous versions are in %2.</source>
        <translation>Не удалось вернуть %1; их предыдущие версии лежат в %2.</translation>
    </message>
</context>
<context>
    <name>artgen::core::ConfigHistory</name>
    <message>
        <source>Cannot read the configuration history %1.</source>
        <translation>Не удаётся прочитать историю конфигурации %1.</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions.</source>
        <translation>Проверьте права доступа к файлу.</translation>
    </message>
    <message>
        <source>The configuration history %1 is not readable JSON.</source>
        <translation>История конфигурации %1 не является корректным JSON.</translation>
    </message>
    <message>
        <source>Move the file aside; a new history starts with the next change.</source>
        <translation>Переместите файл в другое место; новая история начнётся со следующего изменения.</translation>
    </message>
    <message>
        <source>The configuration history is empty.</source>
        <translation>История конфигурации пуста.</translation>
    </message>
    <message>
        <source>Apply a change first; each one is recorded there.</source>
        <translation>Сначала примените изменение: каждое из них записывается в историю.</translation>
    </message>
    <message>
        <source>No change &quot;%1&quot; in the configuration history.</source>
        <translation>В истории конфигурации нет изменения &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Several changes in the history start with &quot;%1&quot;.</source>
        <translation>В истории несколько изменений начинаются с &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Run artgenctl config history to see the ids.</source>
        <translation>Выполните artgenctl config history, чтобы увидеть идентификаторы.</translation>
    </message>
    <message>
        <source>Cannot write the configuration history %1.</source>
        <translation>Не удаётся записать историю конфигурации %1.</translation>
    </message>
    <message>
        <source>Check the free space and the folder&apos;s permissions.</source>
        <translation>Проверьте свободное место и права доступа к папке.</translation>
    </message>
</context>
<context>
    <name>artgen::core::ConfigKey</name>
    <message>
        <source>Proxy read timeout</source>
        <translation>Тайм-аут чтения от бэкенда</translation>
    </message>
    <message>
        <source>How long nginx waits for the backend&apos;s answer to a request to /api/.</source>
        <translation>Сколько nginx ждёт ответа бэкенда на запрос к /api/.</translation>
    </message>
    <message>
        <source>Proxy connect timeout</source>
        <translation>Тайм-аут подключения к бэкенду</translation>
    </message>
    <message>
        <source>How long nginx waits to connect to the backend.</source>
        <translation>Сколько nginx ждёт подключения к бэкенду.</translation>
    </message>
    <message>
        <source>Proxy send timeout</source>
        <translation>Тайм-аут отправки бэкенду</translation>
    </message>
    <message>
        <source>How long nginx waits while sending a request to the backend.</source>
        <translation>Сколько nginx ждёт при отправке запроса бэкенду.</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Ограничение частоты запросов</translation>
    </message>
    <message>
        <source>Requests per client address that /api/ accepts (limit_req_zone); &quot;off&quot; removes the limit.</source>
        <translation>Сколько запросов с одного адреса клиента принимает /api/ (limit_req_zone); «off» снимает ограничение.</translation>
    </message>
    <message>
        <source>Burst</source>
        <translation>Всплеск</translation>
    </message>
    <message>
        <source>Requests above the rate that nginx queues before it answers 429 (limit_req burst).</source>
        <translation>Сколько запросов сверх лимита nginx ставит в очередь, прежде чем ответить 429 (limit_req burst).</translation>
    </message>
    <message>
        <source>No delay</source>
        <translation>Без задержки</translation>
    </message>
    <message>
        <source>Serve the burst at once instead of spacing it out at the rate (limit_req nodelay).</source>
        <translation>Обслуживать всплеск сразу, а не растягивать его по лимиту (limit_req nodelay).</translation>
    </message>
    <message>
        <source>Gunicorn workers</source>
        <translation>Воркеры gunicorn</translation>
    </message>
    <message>
        <source>Backend worker processes (gunicorn --workers).</source>
        <translation>Рабочие процессы бэкенда (gunicorn --workers).</translation>
    </message>
    <message>
        <source>Gunicorn worker class</source>
        <translation>Класс воркеров gunicorn</translation>
    </message>
    <message>
        <source>The worker type gunicorn runs (--worker-class), e.g. uvicorn.workers.UvicornWorker.</source>
        <translation>Тип воркеров, которые запускает gunicorn (--worker-class), например uvicorn.workers.UvicornWorker.</translation>
    </message>
    <message>
        <source>Celery concurrency</source>
        <translation>Параллелизм Celery</translation>
    </message>
    <message>
        <source>Celery worker processes (--concurrency).</source>
        <translation>Рабочие процессы Celery (--concurrency).</translation>
    </message>
    <message>
        <source>Database pool size</source>
        <translation>Размер пула БД</translation>
    </message>
    <message>
        <source>PostgreSQL connections each process keeps open (pool_size).</source>
        <translation>Сколько соединений с PostgreSQL держит открытыми каждый процесс (pool_size).</translation>
    </message>
    <message>
        <source>Database pool overflow</source>
        <translation>Превышение пула БД</translation>
    </message>
    <message>
        <source>Extra connections a process may open above the pool size (max_overflow).</source>
        <translation>Сколько дополнительных соединений процесс может открыть сверх размера пула (max_overflow).</translation>
    </message>
    <message>
        <source>Database pool timeout</source>
        <translation>Тайм-аут пула БД</translation>
    </message>
    <message>
        <source>Seconds a request waits for a free connection (pool_timeout).</source>
        <translation>Сколько секунд запрос ждёт свободного соединения (pool_timeout).</translation>
    </message>
    <message>
        <source>Database connection recycle</source>
        <translation>Пересоздание соединений БД</translation>
    </message>
    <message>
        <source>Seconds after which a connection is replaced (pool_recycle).</source>
        <translation>Через сколько секунд соединение заменяется новым (pool_recycle).</translation>
    </message>
    <message>
        <source>HTTP client hosts</source>
        <translation>Хосты HTTP-клиента</translation>
    </message>
    <message>
        <source>Distinct hosts the outgoing HTTP client keeps connections for (POOL_CONNECTIONS).</source>
        <translation>Для скольких разных хостов исходящий HTTP-клиент хранит соединения (POOL_CONNECTIONS).</translation>
    </message>
    <message>
        <source>HTTP client connections per host</source>
        <translation>Соединения HTTP-клиента на хост</translation>
    </message>
    <message>
        <source>Connections the outgoing HTTP client keeps per host (POOL_MAXSIZE).</source>
        <translation>Сколько соединений исходящий HTTP-клиент хранит на один хост (POOL_MAXSIZE).</translation>
    </message>
    <message>
        <source>HTTP client connect timeout</source>
        <translation>Тайм-аут подключения HTTP-клиента</translation>
    </message>
    <message>
        <source>Seconds the outgoing HTTP client waits to connect (DEFAULT_TIMEOUT, first item).</source>
        <translation>Сколько секунд исходящий HTTP-клиент ждёт подключения (DEFAULT_TIMEOUT, первый элемент).</translation>
    </message>
    <message>
        <source>HTTP client read timeout</source>
        <translation>Тайм-аут чтения HTTP-клиента</translation>
    </message>
    <message>
        <source>Seconds the outgoing HTTP client waits for an answer (DEFAULT_TIMEOUT, second item).</source>
        <translation>Сколько секунд исходящий HTTP-клиент ждёт ответа (DEFAULT_TIMEOUT, второй элемент).</translation>
    </message>
    <message>
        <source>%1 s … %2 s</source>
        <translation>%1 с … %2 с</translation>
    </message>
    <message>
        <source>more than 0 s, at most %1 s</source>
        <translation>больше 0 с, не больше %1 с</translation>
    </message>
    <message>
        <source>more than 0 r/s or r/m, or off</source>
        <translation>больше 0 r/s или r/m либо off</translation>
    </message>
    <message>
        <source>on or off</source>
        <translation>on или off</translation>
    </message>
    <message>
        <source>a Python class path</source>
        <translation>путь к классу Python</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>не меньше %1</translation>
    </message>
    <message>
        <source>%1 … %2</source>
        <translation>%1 … %2</translation>
    </message>
    <message>
        <source>%1 is out of range (%2)</source>
        <translation>%1 — вне допустимого диапазона (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time in whole seconds (like 180, 180s or 3m)</source>
        <translation>«%1» — не время в целых секундах (например, 180, 180s или 3m)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rate above 0 (like 20r/s or 600r/m) or off</source>
        <translation>«%1» — не частота больше 0 (например, 20r/s или 600r/m) и не off</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither on nor off</source>
        <translation>«%1» — ни on, ни off</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Python class path</source>
        <translation>«%1» — не путь к классу Python</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>«%1» — не целое число</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of seconds</source>
        <translation>«%1» — не число секунд</translation>
    </message>
</context>
<context>
    <name>artgen::core::ConfigLoader</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>Не удаётся прочитать %1.</translation>
    </message>
    <message>
        <source>Check that the stack folder is right and the file is readable.</source>
        <translation>Проверьте, что папка стека указана верно и файл доступен для чтения.</translation>
    </message>
</context>
<context>
    <name>artgen::core::ConfigPreset</name>
    <message>
        <source>Optimized</source>
        <translation>Оптимизированный</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Прежний</translation>
    </message>
    <message>
        <source>The deployment instructions&apos; values: timeouts 180 s, 20 requests/s with a burst of 40 (nodelay), 8 gunicorn workers, Celery concurrency 12, pool 20/40/5/300.</source>
        <translation>Значения из инструкции по развёртыванию: тайм-ауты 180 с, 20 запросов/с со всплеском 40 (nodelay), 8 воркеров gunicorn, параллелизм Celery 12, пул 20/40/5/300.</translation>
    </message>
    <message>
        <source>The values before the optimization (the instructions&apos; rollback): timeouts 60 s, no rate limit, 4 gunicorn workers, Celery concurrency 8, pool 20/40/5/300.</source>
        <translation>Значения до оптимизации (откат по инструкции): тайм-ауты 60 с, без ограничения частоты, 4 воркера gunicorn, параллелизм Celery 8, пул 20/40/5/300.</translation>
    </message>
    <message>
        <source>Saved values: %1</source>
        <translation>Сохранённые значения: %1</translation>
    </message>
</context>
<context>
    <name>artgen::core::ConfigValidator</name>
    <message>
        <source>The new %1 does not pass %2.</source>
        <translation>Новый %1 не проходит проверку %2.</translation>
    </message>
    <message>
        <source>Its output is above.</source>
        <translation>Её вывод приведён выше.</translation>
    </message>
    <message>
        <source>Nothing was written. Correct the value and apply again.</source>
        <translation>Ничего не записано. Исправьте значение и примените снова.</translation>
    </message>
    <message>
        <source>Cannot check the file: the container %1 is not there.</source>
        <translation>Не удаётся проверить файл: контейнера %1 нет.</translation>
    </message>
    <message>
        <source>Start the stack, or apply with --no-validate to skip the check.</source>
        <translation>Запустите стек или примените с --no-validate, чтобы пропустить проверку.</translation>
    </message>
    <message>
        <source>%1 is not running: checking in a throw-away container of %2.</source>
        <translation>%1 не запущен: проверка во временном контейнере из %2.</translation>
    </message>
    <message>
        <source>nginx -t on the new %1 (as %2):</source>
        <translation>nginx -t для нового %1 (как %2):</translation>
    </message>
    <message>
        <source>Cannot write a temporary copy of %1.</source>
        <translation>Не удаётся записать временную копию %1.</translation>
    </message>
    <message>
        <source>Check that the folder is writable.</source>
        <translation>Проверьте, что в папку можно записывать.</translation>
    </message>
    <message>
        <source>%1 %2 on the new %3:</source>
        <translation>%1 %2 для нового %3:</translation>
    </message>
    <message>
        <source>%1 config did not finish.</source>
        <translation>%1 config не завершился.</translation>
    </message>
    <message>
        <source>Nothing was written. Try again.</source>
        <translation>Ничего не записано. Повторите попытку.</translation>
    </message>
    <message>
        <source>%1: the compose file is valid.</source>
        <translation>%1: файл compose корректен.</translation>
    </message>
    <message>
        <source>Python compile of the new %1:</source>
        <translation>Компиляция Python для нового %1:</translation>
    </message>
    <message>
        <source>a Python compile</source>
        <translation>компиляции Python</translation>
    </message>
    <message>
        <source>%1: compiles.</source>
        <translation>%1: компилируется.</translation>
    </message>
    <message>
        <source>%1: no check applies (the nginx file does not include it).</source>
        <translation>%1: проверка не применяется (файл nginx его не подключает).</translation>
    </message>
    <message>
        <source>nginx -t on %1 (as %2) and the files it includes: %3</source>
        <translation>nginx -t для %1 (как %2) и подключаемых им файлов: %3</translation>
    </message>
</context>
<context>
    <name>artgen::core::ConnectionTest</name>
    <message>
        <source>Docker endpoint</source>
        <translation>Точка подключения Docker</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>Redis</source>
        <translation>Redis</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s).</source>
        <translation>
            <numerusform>нет ответа за %n секунду.</numerusform>
            <numerusform>нет ответа за %n секунды.</numerusform>
            <numerusform>нет ответа за %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Docker %1 speaks API %2; the panel needs API %3 or newer (Docker 19.03).</source>
        <translation>Docker %1 поддерживает API %2, а панели нужен API %3 или новее (Docker 19.03).</translation>
    </message>
    <message>
        <source>Docker %1, API %2</source>
        <translation>Docker %1, API %2</translation>
    </message>
    <message>
        <source>reached through the container %1: not tested here.</source>
        <translation>доступ через контейнер %1: здесь не проверяется.</translation>
    </message>
    <message>
        <source>signed in at %1</source>
        <translation>вход выполнен на %1</translation>
    </message>
    <message>
        <source>the API token was rejected (HTTP %1 from %2). Check API_TOKEN in the stack&apos;s .env.</source>
        <translation>токен API отвергнут (HTTP %1 от %2). Проверьте API_TOKEN в .env стека.</translation>
    </message>
    <message>
        <source>%1 does not answer: %2</source>
        <translation>%1 не отвечает: %2</translation>
    </message>
    <message>
        <source>the API answered HTTP %1 at %2.</source>
        <translation>API ответил HTTP %1 на %2.</translation>
    </message>
    <message>
        <source>token accepted at %1</source>
        <translation>токен принят на %1</translation>
    </message>
    <message>
        <source>authentication failed: %1</source>
        <translation>ошибка аутентификации: %1</translation>
    </message>
</context>
<context>
    <name>artgen::core::ConnectionsReport</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>ПРЕДУПРЕЖДЕНИЕ</translation>
    </message>
    <message>
        <source>CRITICAL</source>
        <translation>КРИТИЧНО</translation>
    </message>
    <message numerus="yes">
        <source>PostgreSQL  %Ln connection(s) (%1) of max_connections %2, %3 free; warning at %4  %5</source>
        <translation>
            <numerusform>PostgreSQL  %Ln подключение (%1) из max_connections %2, свободно %3; предупреждение при %4  %5</numerusform>
            <numerusform>PostgreSQL  %Ln подключения (%1) из max_connections %2, свободно %3; предупреждение при %4  %5</numerusform>
            <numerusform>PostgreSQL  %Ln подключений (%1) из max_connections %2, свободно %3; предупреждение при %4  %5</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>off</source>
        <translation>выкл.</translation>
    </message>
    <message>
        <source>PostgreSQL  no figures: %1</source>
        <translation>PostgreSQL  нет показателей: %1</translation>
    </message>
    <message numerus="yes">
        <source>Redis       %Ln client(s) (%1 blocked), %2 ops/s, %3 used, %4 queued for Celery; warning at %5  %6</source>
        <translation>
            <numerusform>Redis       %Ln клиент (%1 заблокировано), %2 оп/с, занято %3, в очереди Celery %4; предупреждение при %5  %6</numerusform>
            <numerusform>Redis       %Ln клиента (%1 заблокировано), %2 оп/с, занято %3, в очереди Celery %4; предупреждение при %5  %6</numerusform>
            <numerusform>Redis       %Ln клиентов (%1 заблокировано), %2 оп/с, занято %3, в очереди Celery %4; предупреждение при %5  %6</numerusform>
        </translation>
    </message>
    <message>
        <source>Redis       no figures: %1</source>
        <translation>Redis       нет показателей: %1</translation>
    </message>
    <message>
        <source>pg %1/%2 %3</source>
        <translation>pg %1/%2 %3</translation>
    </message>
    <message>
        <source>pg — %1</source>
        <translation>pg — %1</translation>
    </message>
    <message>
        <source>redis %1 %2</source>
        <translation>redis %1 %2</translation>
    </message>
    <message>
        <source>redis — %1</source>
        <translation>redis — %1</translation>
    </message>
</context>
<context>
    <name>artgen::core::ConnectionsSampler</name>
    <message>
        <source>%1 gave no figures in time.</source>
        <translation>%1 не выдал данных вовремя.</translation>
    </message>
</context>
<context>
    <name>artgen::core::ConnectionsStep</name>
    <message>
        <source>PostgreSQL or Redis gave no figures.</source>
        <translation>PostgreSQL или Redis не выдали данных.</translation>
    </message>
    <message>
        <source>Connections are over the profile&apos;s thresholds.</source>
        <translation>Подключений больше, чем допускают пороги профиля.</translation>
    </message>
    <message>
        <source>Connections are under the thresholds; the pool settings could not be read for the worst case.</source>
        <translation>Подключений меньше порогов; настройки пулов для худшего случая прочитать не удалось.</translation>
    </message>
    <message>
        <source>The workers or the pool sizes are not set in the files.</source>
        <translation>Число воркеров или размеры пулов в файлах не заданы.</translation>
    </message>
    <message>
        <source>Connections are under the thresholds.</source>
        <translation>Подключений меньше порогов.</translation>
    </message>
    <message>
        <source>Connections are under the thresholds, but the pools could open more than the limits allow: %1.</source>
        <translation>Подключений меньше порогов, но пулы могут открыть больше, чем позволяют ограничения: %1.</translation>
    </message>
    <message>
        <source>Connections are under the thresholds; the worst case %1 fits.</source>
        <translation>Подключений меньше порогов; худший случай %1 укладывается в ограничения.</translation>
    </message>
</context>
<context>
    <name>artgen::core::ContainerLogReader</name>
    <message>
        <source>Docker could not read the log of %1.</source>
        <translation>Docker не смог прочитать журнал %1.</translation>
    </message>
</context>
<context>
    <name>artgen::core::DatabaseTarget</name>
    <message>
        <source>The database settings of profile %1 cannot be read.</source>
        <translation>Не удаётся прочитать настройки базы данных профиля %1.</translation>
    </message>
    <message>
        <source>Create Docker_all/.env with POSTGRES_USER, POSTGRES_DB and POSTGRES_PASSWORD, or fix the stack folder in Settings.</source>
        <translation>Создайте Docker_all/.env с POSTGRES_USER, POSTGRES_DB и POSTGRES_PASSWORD или исправьте папку стека в настройках.</translation>
    </message>
    <message>
        <source>%1 does not name the database.</source>
        <translation>В %1 не указана база данных.</translation>
    </message>
    <message>
        <source>POSTGRES_USER or POSTGRES_DB is missing.</source>
        <translation>Нет POSTGRES_USER или POSTGRES_DB.</translation>
    </message>
    <message>
        <source>Add both to the file, as docker-compose.yml expects.</source>
        <translation>Добавьте обе переменные в файл, как ожидает docker-compose.yml.</translation>
    </message>
</context>
<context>
    <name>artgen::core::DiagnoseJob</name>
    <message>
        <source>What is wrong?</source>
        <translation>Что не так?</translation>
    </message>
    <message>
        <source>The stack&apos;s state could not be read.</source>
        <translation>Не удалось прочитать состояние стека.</translation>
    </message>
    <message>
        <source>Found: %1 — %2</source>
        <translation>Найдено: %1 — %2</translation>
    </message>
    <message>
        <source>Nothing is wrong.</source>
        <translation>Всё в порядке.</translation>
    </message>
</context>
<context>
    <name>artgen::core::DockerCall</name>
    <message>
        <source>The stream from Docker at %1 ended.</source>
        <translation>Поток от Docker по адресу %1 прервался.</translation>
    </message>
    <message>
        <source>The daemon closed the connection (it may be restarting).</source>
        <translation>Демон закрыл соединение (возможно, он перезапускается).</translation>
    </message>
    <message>
        <source>The panel reconnects by itself.</source>
        <translation>Панель переподключится сама.</translation>
    </message>
    <message>
        <source>the connection closed before the reply was complete</source>
        <translation>соединение закрылось до конца ответа</translation>
    </message>
    <message>
        <source>The stream from Docker at %1 went quiet for %2 s.</source>
        <translation>Поток от Docker по адресу %1 молчит уже %2 с.</translation>
    </message>
    <message>
        <source>Docker at %1 did not answer %2 %3 within %4 s.</source>
        <translation>Docker по адресу %1 не ответил на %2 %3 за %4 с.</translation>
    </message>
    <message>
        <source>The daemon is busy, hung, or the connection stalled.</source>
        <translation>Демон занят, завис, или соединение застряло.</translation>
    </message>
    <message>
        <source>Check that dockerd is healthy (systemctl status docker) and retry.</source>
        <translation>Проверьте состояние dockerd (systemctl status docker) и повторите.</translation>
    </message>
    <message>
        <source>Docker at %1 sent a reply the panel cannot read.</source>
        <translation>Docker по адресу %1 прислал ответ, который панель не может прочитать.</translation>
    </message>
    <message>
        <source>Check that the address points at a Docker daemon.</source>
        <translation>Проверьте, что адрес указывает на демон Docker.</translation>
    </message>
    <message>
        <source>the reply is larger than %1</source>
        <translation>ответ больше %1</translation>
    </message>
</context>
<context>
    <name>artgen::core::DockerClient</name>
    <message>
        <source>Check the container name in the profile, or bring the stack up.</source>
        <translation>Проверьте имя контейнера в профиле или поднимите стек.</translation>
    </message>
    <message>
        <source>See the Docker daemon&apos;s log (journalctl -u docker).</source>
        <translation>Смотрите журнал демона Docker (journalctl -u docker).</translation>
    </message>
    <message>
        <source>Docker answered %1: %2</source>
        <translation>Docker ответил %1: %2</translation>
    </message>
    <message>
        <source>Docker at %1 did not tell its version.</source>
        <translation>Docker по адресу %1 не сообщил свою версию.</translation>
    </message>
    <message>
        <source>Docker refused GET %1.</source>
        <translation>Docker отклонил GET %1.</translation>
    </message>
    <message>
        <source>Docker could not %1 %2.</source>
        <translation>Docker не смог выполнить %1 для %2.</translation>
    </message>
    <message>
        <source>Docker could not run a command in %1.</source>
        <translation>Docker не смог выполнить команду в %1.</translation>
    </message>
    <message>
        <source>Docker could not read %1 from %2.</source>
        <translation>Docker не смог прочитать %1 из %2.</translation>
    </message>
    <message>
        <source>Docker could not write into %1 of %2.</source>
        <translation>Docker не смог записать в %1 контейнера %2.</translation>
    </message>
    <message>
        <source>Docker could not read the log of %1.</source>
        <translation>Docker не смог прочитать журнал %1.</translation>
    </message>
    <message>
        <source>%1 is paused.</source>
        <translation>%1 приостановлен.</translation>
    </message>
    <message>
        <source>Docker runs nothing in a paused container.</source>
        <translation>В приостановленном контейнере Docker ничего не запускает.</translation>
    </message>
    <message>
        <source>Unpause it: docker unpause %1</source>
        <translation>Возобновите его: docker unpause %1</translation>
    </message>
    <message>
        <source>%1 is restarting.</source>
        <translation>%1 перезапускается.</translation>
    </message>
    <message>
        <source>Docker runs commands in it only once it runs again.</source>
        <translation>Docker выполнит в нём команды, только когда он снова заработает.</translation>
    </message>
    <message>
        <source>Wait until it runs (artgenctl status), then try again; if it keeps restarting, read its log (artgenctl logs %1).</source>
        <translation>Дождитесь, пока он заработает (artgenctl status), и повторите попытку; если он продолжает перезапускаться, прочитайте его журнал (artgenctl logs %1).</translation>
    </message>
    <message>
        <source>%1 is not running.</source>
        <translation>%1 не запущен.</translation>
    </message>
    <message>
        <source>%1 is not running (%2).</source>
        <translation>%1 не запущен (%2).</translation>
    </message>
    <message>
        <source>Docker lists processes and runs commands only in a running container.</source>
        <translation>Docker показывает процессы и выполняет команды только в запущенном контейнере.</translation>
    </message>
    <message>
        <source>Start it: docker start %1</source>
        <translation>Запустите его: docker start %1</translation>
    </message>
    <message>
        <source>Start it: artgenctl up %1</source>
        <translation>Запустите его: artgenctl up %1</translation>
    </message>
    <message>
        <source>Docker could not tag %1 as %2.</source>
        <translation>Docker не смог присвоить %1 тег %2.</translation>
    </message>
    <message>
        <source>Docker could not remove the tag %1.</source>
        <translation>Docker не смог удалить тег %1.</translation>
    </message>
</context>
<context>
    <name>artgen::core::DockerContexts</name>
    <message>
        <source>Current DOCKER_HOST based configuration</source>
        <translation>Текущая конфигурация на основе DOCKER_HOST</translation>
    </message>
    <message>
        <source>The Docker contexts in %1 cannot be read.</source>
        <translation>Не удаётся прочитать контексты Docker в %1.</translation>
    </message>
    <message>
        <source>The folder is not readable for this user.</source>
        <translation>Папка недоступна для чтения этому пользователю.</translation>
    </message>
    <message>
        <source>Run the panel as the user who created the contexts.</source>
        <translation>Запустите панель от имени пользователя, создавшего контексты.</translation>
    </message>
</context>
<context>
    <name>artgen::core::DockerEndpoint</name>
    <message>
        <source>The Docker host “%1” is not valid.</source>
        <translation>Адрес Docker «%1» неверен.</translation>
    </message>
    <message>
        <source>Use unix:///path/to/docker.sock, tcp://HOST:PORT or ssh://USER@HOST.</source>
        <translation>Используйте unix:///путь/к/docker.sock, tcp://ХОСТ:ПОРТ или ssh://ПОЛЬЗОВАТЕЛЬ@ХОСТ.</translation>
    </message>
    <message>
        <source>A unix socket path must be absolute.</source>
        <translation>Путь к unix-сокету должен быть абсолютным.</translation>
    </message>
    <message>
        <source>It has no host name.</source>
        <translation>В нём нет имени хоста.</translation>
    </message>
    <message>
        <source>The scheme “%1” is not supported.</source>
        <translation>Схема «%1» не поддерживается.</translation>
    </message>
</context>
<context>
    <name>artgen::core::DockerProbe</name>
    <message>
        <source>Docker at %1 answered with HTTP %2.</source>
        <translation>Docker по адресу %1 ответил кодом HTTP %2.</translation>
    </message>
</context>
<context>
    <name>artgen::core::DockerSocket</name>
    <message>
        <source>Docker at %1 closed the connection.</source>
        <translation>Docker по адресу %1 закрыл соединение.</translation>
    </message>
    <message>
        <source>Check that the daemon is running and healthy.</source>
        <translation>Проверьте, что демон запущен и работает нормально.</translation>
    </message>
    <message>
        <source>Permission denied on the Docker socket %1.</source>
        <translation>Нет доступа к сокету Docker %1.</translation>
    </message>
    <message>
        <source>Your user may not talk to the Docker daemon.</source>
        <translation>Вашему пользователю не разрешено обращаться к демону Docker.</translation>
    </message>
    <message>
        <source>Add yourself to the docker group (sudo usermod -aG docker $USER) and log in again.</source>
        <translation>Добавьте себя в группу docker (sudo usermod -aG docker $USER) и войдите в систему заново.</translation>
    </message>
    <message>
        <source>Docker is not running at %1.</source>
        <translation>Docker не запущен по адресу %1.</translation>
    </message>
    <message>
        <source>Start the daemon (sudo systemctl start docker) or choose another Docker host in the profile.</source>
        <translation>Запустите демон (sudo systemctl start docker) или укажите в профиле другой адрес Docker.</translation>
    </message>
    <message>
        <source>Cannot connect to Docker at %1.</source>
        <translation>Не удаётся подключиться к Docker по адресу %1.</translation>
    </message>
    <message>
        <source>Check the Docker host in the profile and that the daemon runs.</source>
        <translation>Проверьте адрес Docker в профиле и что демон запущен.</translation>
    </message>
    <message>
        <source>Start the daemon with a TCP listener, or check host and port.</source>
        <translation>Запустите демон с прослушиванием TCP или проверьте хост и порт.</translation>
    </message>
    <message>
        <source>The Docker host %1 is unknown.</source>
        <translation>Хост Docker %1 неизвестен.</translation>
    </message>
    <message>
        <source>Check the host name in the profile.</source>
        <translation>Проверьте имя хоста в профиле.</translation>
    </message>
    <message>
        <source>The TLS certificates for Docker at %1 are missing.</source>
        <translation>Нет TLS-сертификатов для Docker по адресу %1.</translation>
    </message>
    <message>
        <source>Cannot reach Docker over ssh at %1.</source>
        <translation>Не удаётся связаться с Docker по ssh: %1.</translation>
    </message>
    <message>
        <source>Check that `ssh %1 docker version` works without a password prompt (key-based login).</source>
        <translation>Проверьте, что `ssh %1 docker version` работает без запроса пароля (вход по ключу).</translation>
    </message>
    <message>
        <source>The ssh client is not installed.</source>
        <translation>Клиент ssh не установлен.</translation>
    </message>
    <message>
        <source>Install openssh-client.</source>
        <translation>Установите openssh-client.</translation>
    </message>
    <message>
        <source>The TLS key for Docker at %1 cannot be read.</source>
        <translation>Не удаётся прочитать TLS-ключ для Docker по адресу %1.</translation>
    </message>
    <message>
        <source>%1 is not an unencrypted RSA or EC private key in PEM format.</source>
        <translation>%1 — не незашифрованный закрытый ключ RSA или EC в формате PEM.</translation>
    </message>
    <message>
        <source>Use the key.pem that belongs to cert.pem.</source>
        <translation>Используйте key.pem, парный к cert.pem.</translation>
    </message>
    <message>
        <source>Start the daemon (sudo systemctl start docker), or set DOCKER_HOST or the profile&apos;s Docker host to the socket it listens on.</source>
        <translation>Запустите демон (sudo systemctl start docker) или укажите в DOCKER_HOST либо в адресе Docker в профиле сокет, который он слушает.</translation>
    </message>
    <message>
        <source>There is no Docker socket at %1.</source>
        <translation>Сокета Docker по пути %1 нет.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Файл не существует.</translation>
    </message>
    <message>
        <source>It is a folder, not a socket.</source>
        <translation>Это папка, а не сокет.</translation>
    </message>
    <message>
        <source>It is a file, not a socket.</source>
        <translation>Это файл, а не сокет.</translation>
    </message>
    <message>
        <source>%1 is missing or holds no PEM certificate or key.</source>
        <translation>Файла %1 нет, или в нём нет сертификата или ключа в формате PEM.</translation>
    </message>
    <message>
        <source>Choose the CA, client certificate and key files in the profile, or set DOCKER_CERT_PATH to the folder that holds ca.pem, cert.pem and key.pem.</source>
        <translation>Укажите в профиле файлы УЦ, клиентского сертификата и ключа или задайте в DOCKER_CERT_PATH папку, где лежат ca.pem, cert.pem и key.pem.</translation>
    </message>
    <message>
        <source>SSH authentication to %1 failed.</source>
        <translation>Не удалось пройти аутентификацию SSH на %1.</translation>
    </message>
    <message>
        <source>Add this user&apos;s public key to the remote user&apos;s authorized_keys, or load the key into ssh-agent.</source>
        <translation>Добавьте открытый ключ этого пользователя в authorized_keys удалённого пользователя или загрузите ключ в ssh-agent.</translation>
    </message>
</context>
<context>
    <name>artgen::core::DumpFeeder</name>
    <message>
        <source>The backup file changed after it was checked; nothing was committed.</source>
        <translation>Файл копии изменился после проверки; ничего не зафиксировано.</translation>
    </message>
    <message>
        <source>Its SHA-256 was %1 when checked and %2 while restoring.</source>
        <translation>При проверке его SHA-256 был %1, при восстановлении — %2.</translation>
    </message>
    <message>
        <source>Make sure nothing writes to the file, then restore again.</source>
        <translation>Убедитесь, что в файл никто не пишет, и повторите восстановление.</translation>
    </message>
</context>
<context>
    <name>artgen::core::DumpReader</name>
    <message>
        <source>The backup file %1 is damaged.</source>
        <translation>Файл резервной копии %1 повреждён.</translation>
    </message>
    <message>
        <source>Use another backup; this one cannot be restored.</source>
        <translation>Используйте другую копию; эту восстановить нельзя.</translation>
    </message>
    <message>
        <source>The backup file %1 cannot be opened.</source>
        <translation>Не удаётся открыть файл резервной копии %1.</translation>
    </message>
    <message>
        <source>Check the path and its permissions.</source>
        <translation>Проверьте путь и права доступа.</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL backup.</source>
        <translation>%1 — не резервная копия PostgreSQL.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл пуст.</translation>
    </message>
    <message>
        <source>It is neither plain SQL, gzip, zstd nor a pg_dump custom archive.</source>
        <translation>Это не SQL, не gzip, не zstd и не архив pg_dump формата custom.</translation>
    </message>
    <message>
        <source>Choose a file written by pg_dump or by this panel.</source>
        <translation>Выберите файл, созданный pg_dump или этой панелью.</translation>
    </message>
    <message>
        <source>Reading %1 failed.</source>
        <translation>Ошибка чтения %1.</translation>
    </message>
    <message>
        <source>The compressed data ends too early: the file was cut.</source>
        <translation>Сжатые данные обрываются раньше времени: файл обрезан.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a backup file.</source>
        <translation>%1 — папка, а не файл резервной копии.</translation>
    </message>
    <message>
        <source>%1 is a named pipe, not a backup file.</source>
        <translation>%1 — именованный канал, а не файл резервной копии.</translation>
    </message>
    <message>
        <source>%1 is a socket, not a backup file.</source>
        <translation>%1 — сокет, а не файл резервной копии.</translation>
    </message>
    <message>
        <source>%1 is a device, not a backup file.</source>
        <translation>%1 — устройство, а не файл резервной копии.</translation>
    </message>
    <message>
        <source>%1 is not a regular file, so not a backup file.</source>
        <translation>%1 — не обычный файл, а значит, не резервная копия.</translation>
    </message>
    <message>
        <source>A backup is a regular file written by pg_dump or by this panel.</source>
        <translation>Резервная копия — это обычный файл, созданный pg_dump или этой панелью.</translation>
    </message>
    <message>
        <source>Name the backup file itself.</source>
        <translation>Укажите сам файл резервной копии.</translation>
    </message>
    <message>
        <source>It is a valid %1 file, but what it holds is not SQL written by pg_dump.</source>
        <translation>Это корректный файл %1, но внутри него не SQL, созданный pg_dump.</translation>
    </message>
</context>
<context>
    <name>artgen::core::DumpWriter</name>
    <message>
        <source>The disk is full: free space or choose another backup folder.</source>
        <translation>Диск заполнен: освободите место или выберите другую папку для копий.</translation>
    </message>
    <message>
        <source>Check that the backup folder exists and is writable.</source>
        <translation>Проверьте, что папка для копий существует и доступна для записи.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>Не удаётся создать папку для копий %1.</translation>
    </message>
    <message>
        <source>Check the path and its permissions.</source>
        <translation>Проверьте путь и права доступа.</translation>
    </message>
    <message>
        <source>The backup file %1 cannot be created.</source>
        <translation>Не удаётся создать файл резервной копии %1.</translation>
    </message>
    <message>
        <source>Writing the backup file %1 failed.</source>
        <translation>Ошибка записи файла резервной копии %1.</translation>
    </message>
    <message>
        <source>Compressing the backup failed.</source>
        <translation>Ошибка сжатия резервной копии.</translation>
    </message>
    <message>
        <source>The backup file %1 could not be flushed to disk.</source>
        <translation>Не удалось сбросить файл резервной копии %1 на диск.</translation>
    </message>
    <message>
        <source>The finished backup could not be renamed to %1.</source>
        <translation>Не удалось переименовать готовую копию в %1.</translation>
    </message>
    <message>
        <source>%1 exists already.</source>
        <translation>%1 уже существует.</translation>
    </message>
    <message>
        <source>Check the backup folder&apos;s permissions and free space.</source>
        <translation>Проверьте права на папку копий и свободное место.</translation>
    </message>
</context>
<context>
    <name>artgen::core::EnvFile</name>
    <message>
        <source>Cannot read the environment file %1.</source>
        <translation>Не удаётся прочитать файл окружения %1.</translation>
    </message>
    <message>
        <source>Check that the stack folder is right and the file is readable.</source>
        <translation>Проверьте, что папка стека указана верно и файл доступен для чтения.</translation>
    </message>
</context>
<context>
    <name>artgen::core::Error</name>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>The operation was stopped on request.</source>
        <translation>Операция остановлена по запросу.</translation>
    </message>
</context>
<context>
    <name>artgen::core::ExecSession</name>
    <message>
        <source>Docker could not run %1 in %2.</source>
        <translation>Docker не смог запустить %1 в %2.</translation>
    </message>
    <message>
        <source>Docker sent a reply the panel cannot read.</source>
        <translation>Docker прислал ответ, который панель не может прочитать.</translation>
    </message>
    <message>
        <source>Docker could not start %1 in %2.</source>
        <translation>Docker не смог запустить %1 в %2.</translation>
    </message>
    <message>
        <source>The output of %1 could not be read.</source>
        <translation>Не удаётся прочитать вывод %1.</translation>
    </message>
    <message>
        <source>The end of the input could not be sent to %1.</source>
        <translation>Не удалось передать %1 конец входных данных.</translation>
    </message>
    <message>
        <source>This Docker connection (TLS) cannot close one direction only.</source>
        <translation>Это соединение с Docker (TLS) не может закрыть только одно направление.</translation>
    </message>
    <message>
        <source>Use the local socket or ssh:// for restores.</source>
        <translation>Для восстановления используйте локальный сокет или ssh://.</translation>
    </message>
    <message>
        <source>Docker closed the connection before %1 started.</source>
        <translation>Docker закрыл соединение до запуска %1.</translation>
    </message>
    <message>
        <source>Check that the container is running.</source>
        <translation>Проверьте, что контейнер запущен.</translation>
    </message>
    <message>
        <source>Docker could not tell how %1 ended.</source>
        <translation>Docker не сообщил, как завершился %1.</translation>
    </message>
    <message>
        <source>The container %1 is not running.</source>
        <translation>Контейнер %1 не запущен.</translation>
    </message>
    <message>
        <source>Start the stack (Containers page or artgenctl up), or check the container name in the profile.</source>
        <translation>Запустите стек (страница «Контейнеры» или artgenctl up) или проверьте имя контейнера в профиле.</translation>
    </message>
</context>
<context>
    <name>artgen::core::FlushDbJob</name>
    <message>
        <source>FLUSHDB on Redis database %1</source>
        <translation>FLUSHDB в базе Redis %1</translation>
    </message>
    <message>
        <source>FLUSHDB was refused: “%1” is not the database number %2.</source>
        <translation>FLUSHDB отклонён: «%1» — не номер базы %2.</translation>
    </message>
    <message>
        <source>Every key of a database goes, so its number must be typed exactly.</source>
        <translation>Удаляются все ключи базы, поэтому её номер нужно ввести точно.</translation>
    </message>
    <message>
        <source>Type %1 to clear that database, or leave it.</source>
        <translation>Введите %1, чтобы очистить эту базу, или откажитесь.</translation>
    </message>
    <message>
        <source>FLUSHDB on Redis database %1 failed.</source>
        <translation>FLUSHDB в базе Redis %1 завершился ошибкой.</translation>
    </message>
    <message>
        <source>Redis database %1 is empty now.</source>
        <translation>База Redis %1 теперь пуста.</translation>
    </message>
</context>
<context>
    <name>artgen::core::GitRollback</name>
    <message>
        <source>git cannot be run.</source>
        <translation>Не удаётся запустить git.</translation>
    </message>
    <message>
        <source>Install git, or roll back from the history instead.</source>
        <translation>Установите git или откатите изменение по истории.</translation>
    </message>
    <message>
        <source>git %1 did not finish.</source>
        <translation>git %1 не завершился.</translation>
    </message>
    <message>
        <source>Check the repository, then try again.</source>
        <translation>Проверьте репозиторий и повторите попытку.</translation>
    </message>
    <message>
        <source>git %1 failed in %2.</source>
        <translation>git %1 завершился с ошибкой в %2.</translation>
    </message>
    <message>
        <source>Check that the stack folder is in a git repository.</source>
        <translation>Проверьте, что папка стека находится в git-репозитории.</translation>
    </message>
    <message>
        <source>%1 is not in the repository&apos;s last commit.</source>
        <translation>%1 отсутствует в последнем коммите репозитория.</translation>
    </message>
    <message>
        <source>Roll back from the history instead.</source>
        <translation>Откатите изменение по истории.</translation>
    </message>
</context>
<context>
    <name>artgen::core::HttpCheck</name>
    <message>
        <source>no answer: %1</source>
        <translation>нет ответа: %1</translation>
    </message>
    <message>
        <source>HTTP %1 in %2 ms</source>
        <translation>HTTP %1 за %2 мс</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>нет ответа в течение %1 мс</translation>
    </message>
</context>
<context>
    <name>artgen::core::HumanFormat</name>
    <message>
        <source>%1s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1m %2s</source>
        <translation>%1 мин %2 с</translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>%1d %2h</source>
        <translation>%1 д %2 ч</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 Б</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 КиБ</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 МиБ</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 ГиБ</translation>
    </message>
    <message>
        <source>%1 TiB</source>
        <translation>%1 ТиБ</translation>
    </message>
    <message>
        <source>%1/s</source>
        <comment>a size per second</comment>
        <translation>%1/с</translation>
    </message>
</context>
<context>
    <name>artgen::core::Job</name>
    <message>
        <source>“%1” ended without a result.</source>
        <translation>«%1» завершилось без результата.</translation>
    </message>
    <message>
        <source>This is a bug in the panel.</source>
        <translation>Это ошибка в панели.</translation>
    </message>
    <message>
        <source>Please report it with the log file attached.</source>
        <translation>Сообщите о ней, приложив файл журнала.</translation>
    </message>
</context>
<context>
    <name>artgen::core::KombuQueues</name>
    <message>
        <source>%1 (priority %2)</source>
        <translation>%1 (приоритет %2)</translation>
    </message>
</context>
<context>
    <name>artgen::core::LegacyBackupFolders</name>
    <message>
        <source>%1 holds backups of the profiles %2, which earlier versions put into one folder; it is left as it is: move each profile&apos;s backups to its own folder by hand.</source>
        <translation>В %1 лежат копии профилей %2: прежние версии складывали их в одну папку; она оставлена как есть — разнесите копии каждого профиля по своим папкам вручную.</translation>
    </message>
    <message>
        <source>The backups of profile %1 moved from %2 to %3.</source>
        <translation>Копии профиля %1 перенесены из %2 в %3.</translation>
    </message>
    <message>
        <source>The backups of profile %1 stay in %2: it could not be renamed to %3.</source>
        <translation>Копии профиля %1 остались в %2: не удалось переименовать папку в %3.</translation>
    </message>
</context>
<context>
    <name>artgen::core::LoadReportFormat</name>
    <message>
        <source>min</source>
        <translation>мин.</translation>
    </message>
    <message>
        <source>max</source>
        <translation>макс.</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>среднее</translation>
    </message>
    <message>
        <source>stdev</source>
        <translation>ст. откл.</translation>
    </message>
    <message>
        <source># Load test of %1</source>
        <translation># Нагрузочный тест %1</translation>
    </message>
    <message>
        <source>Interrupted: the figures cover the part that ran.</source>
        <translation>Прервано: цифры относятся к выполненной части.</translation>
    </message>
    <message>
        <source>| Method | %1 |</source>
        <translation>| Метод | %1 |</translation>
    </message>
    <message>
        <source>| Connections | %1 |</source>
        <translation>| Соединений | %1 |</translation>
    </message>
    <message>
        <source>| Requests | %1 |</source>
        <translation>| Запросов | %1 |</translation>
    </message>
    <message>
        <source>| Failed requests | %1 |</source>
        <translation>| Неудачных запросов | %1 |</translation>
    </message>
    <message>
        <source>| Time taken | %1 s |</source>
        <translation>| Длительность | %1 с |</translation>
    </message>
    <message>
        <source>| Requests per second | %1 |</source>
        <translation>| Запросов в секунду | %1 |</translation>
    </message>
    <message>
        <source>| Target rate | %1 requests/s |</source>
        <translation>| Целевая частота | %1 запросов/с |</translation>
    </message>
    <message>
        <source>| CPU time per request | %1 µs |</source>
        <translation>| Время ЦП на запрос | %1 мкс |</translation>
    </message>
    <message>
        <source>| Latency (ms) | Corrected | Uncorrected |</source>
        <translation>| Задержка (мс) | С поправкой | Без поправки |</translation>
    </message>
    <message>
        <source>| Latency (ms) | |</source>
        <translation>| Задержка (мс) | |</translation>
    </message>
    <message>
        <source>| Status | Responses |</source>
        <translation>| Статус | Ответов |</translation>
    </message>
    <message>
        <source>| Error | Requests |</source>
        <translation>| Ошибка | Запросов |</translation>
    </message>
</context>
<context>
    <name>artgen::core::LoadRunStore</name>
    <message>
        <source>Could not keep the load test&apos;s results.</source>
        <translation>Не удалось сохранить результаты нагрузочного теста.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Не удалось создать папку %1.</translation>
    </message>
    <message>
        <source>Check the permissions of your data folder.</source>
        <translation>Проверьте права доступа к папке данных.</translation>
    </message>
    <message>
        <source>Check the free space and permissions of %1.</source>
        <translation>Проверьте свободное место и права доступа к %1.</translation>
    </message>
</context>
<context>
    <name>artgen::core::LoadTarget</name>
    <message>
        <source>“%1” is not an http:// URL.</source>
        <translation>«%1» — не адрес http://.</translation>
    </message>
    <message>
        <source>The load tester speaks plain HTTP/1.1 to one host.</source>
        <translation>Нагрузочный тест работает по обычному HTTP/1.1 с одним хостом.</translation>
    </message>
    <message>
        <source>Give a URL such as http://127.0.0.1:18080/api/v1/health.</source>
        <translation>Укажите адрес вида http://127.0.0.1:18080/api/v1/health.</translation>
    </message>
    <message>
        <source>Refusing to load-test %1.</source>
        <translation>Нагрузочный тест %1 не будет запущен.</translation>
    </message>
    <message>
        <source>It is neither the profile&apos;s API host nor this machine; a load test against someone else&apos;s server can look like an attack.</source>
        <translation>Это не хост API профиля и не этот компьютер; нагрузочный тест чужого сервера может выглядеть как атака.</translation>
    </message>
    <message>
        <source>Pass --allow-any-host if the server is yours.</source>
        <translation>Если это ваш сервер, добавьте --allow-any-host.</translation>
    </message>
    <message>
        <source>Cannot resolve %1.</source>
        <translation>Не удаётся разрешить имя %1.</translation>
    </message>
    <message>
        <source>Check the host name in the URL.</source>
        <translation>Проверьте имя хоста в адресе.</translation>
    </message>
</context>
<context>
    <name>artgen::core::LoadTestJob</name>
    <message>
        <source>Load test of %1</source>
        <translation>Нагрузочный тест %1</translation>
    </message>
    <message>
        <source>%1 requests/s for %2 s</source>
        <translation>%1 запросов/с в течение %2 с</translation>
    </message>
    <message>
        <source>Cannot read the request body %1.</source>
        <translation>Не удаётся прочитать тело запроса %1.</translation>
    </message>
    <message>
        <source>Check the path given to --body.</source>
        <translation>Проверьте путь, указанный в --body.</translation>
    </message>
    <message numerus="yes">
        <source>%1 requests/s: p99 %2 ms, %n error(s)</source>
        <translation>
            <numerusform>%1 запросов/с: p99 %2 мс, %n ошибка</numerusform>
            <numerusform>%1 запросов/с: p99 %2 мс, %n ошибки</numerusform>
            <numerusform>%1 запросов/с: p99 %2 мс, %n ошибок</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>artgen::core::LoadTestOptions</name>
    <message>
        <source>The load test&apos;s settings are invalid.</source>
        <translation>Параметры нагрузочного теста неверны.</translation>
    </message>
    <message>
        <source>Unknown method “%1”; use GET, POST, PUT, DELETE, HEAD or PATCH.</source>
        <translation>Неизвестный метод «%1»; используйте GET, POST, PUT, DELETE, HEAD или PATCH.</translation>
    </message>
    <message>
        <source>Connections must be between 1 and %1.</source>
        <translation>Число соединений должно быть от 1 до %1.</translation>
    </message>
    <message>
        <source>Counts, durations and timeouts must be positive.</source>
        <translation>Количества, длительности и тайм-ауты должны быть положительными.</translation>
    </message>
    <message>
        <source>Give a request count or a duration, not both.</source>
        <translation>Укажите либо число запросов, либо длительность, но не то и другое сразу.</translation>
    </message>
    <message>
        <source>Give a constant rate or a ramp, not both.</source>
        <translation>Укажите либо постоянную частоту, либо ступенчатый рост, но не то и другое сразу.</translation>
    </message>
    <message>
        <source>A ramp needs an SLO (--slo) to find the highest rate that meets it.</source>
        <translation>Для ступенчатого роста нужен SLO (--slo): по нему ищется наибольшая частота, при которой он выполняется.</translation>
    </message>
</context>
<context>
    <name>artgen::core::LogExporter</name>
    <message>
        <source>The log could not be saved to %1.</source>
        <translation>Не удалось сохранить журнал в %1.</translation>
    </message>
    <message>
        <source>Choose another folder or free some disk space.</source>
        <translation>Выберите другую папку или освободите место на диске.</translation>
    </message>
</context>
<context>
    <name>artgen::core::LogFollower</name>
    <message>
        <source>The container %1 was removed; its log ends here.</source>
        <translation>Контейнер %1 удалён; его журнал здесь заканчивается.</translation>
    </message>
    <message>
        <source>There is no container %1.</source>
        <translation>Контейнера %1 нет.</translation>
    </message>
    <message>
        <source>The log of %1 could not be read.</source>
        <translation>Не удалось прочитать журнал %1.</translation>
    </message>
    <message>
        <source>Check that the address points at a Docker daemon.</source>
        <translation>Проверьте, что адрес указывает на демон Docker.</translation>
    </message>
    <message>
        <source>Docker could not read the log of %1.</source>
        <translation>Docker не смог прочитать журнал %1.</translation>
    </message>
    <message>
        <source>The container %1 was removed; its log ends here. Waiting for a new container of that name.</source>
        <translation>Контейнер %1 удалён; его журнал на этом заканчивается. Ожидается новый контейнер с тем же именем.</translation>
    </message>
    <message>
        <source>There is no container %1 yet; waiting for it to be created.</source>
        <translation>Контейнера %1 пока нет; ожидается его создание.</translation>
    </message>
    <message>
        <source>A new container %1 was created; its log follows.</source>
        <translation>Создан новый контейнер %1; далее — его журнал.</translation>
    </message>
</context>
<context>
    <name>artgen::core::LogLevels</name>
    <message>
        <source>Debug</source>
        <translation>Отладка</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Инфо</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Критично</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
</context>
<context>
    <name>artgen::core::LogSanitizer</name>
    <message>
        <source>[line cut: %1 more bytes]</source>
        <translation>[строка обрезана: ещё %1 байт]</translation>
    </message>
</context>
<context>
    <name>artgen::core::LogScan</name>
    <message numerus="yes">
        <source>%1: %n line(s)</source>
        <translation>
            <numerusform>%1: %n строка</numerusform>
            <numerusform>%1: %n строки</numerusform>
            <numerusform>%1: %n строк</numerusform>
        </translation>
    </message>
    <message>
        <source>Read since start: %1</source>
        <translation>Прочитано с запуска: %1</translation>
    </message>
    <message>
        <source>%1 ×%2 %3%4: %5 (last %6)</source>
        <translation>%1 ×%2 %3%4: %5 (последний раз %6)</translation>
    </message>
    <message>
        <source> traceback</source>
        <translation> трассировка</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more group(s).</source>
        <translation>
            <numerusform>… и ещё %n группа.</numerusform>
            <numerusform>… и ещё %n группы.</numerusform>
            <numerusform>… и ещё %n групп.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>artgen::core::LogsStep</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Only the last %1 lines were read of: %2</source>
        <translation>Прочитаны только последние %1 строк журналов: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n log(s) could not be read.</source>
        <translation>
            <numerusform>Не удалось прочитать %n журнал.</numerusform>
            <numerusform>Не удалось прочитать %n журнала.</numerusform>
            <numerusform>Не удалось прочитать %n журналов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n traceback(s) or critical line(s) in the logs.</source>
        <translation>
            <numerusform>В журналах %n трассировка или критическая строка.</numerusform>
            <numerusform>В журналах %n трассировки или критические строки.</numerusform>
            <numerusform>В журналах %n трассировок или критических строк.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error line(s) in the logs.</source>
        <translation>
            <numerusform>В журналах %n строка с ошибкой.</numerusform>
            <numerusform>В журналах %n строки с ошибками.</numerusform>
            <numerusform>В журналах %n строк с ошибками.</numerusform>
        </translation>
    </message>
    <message>
        <source>No errors or tracebacks in the logs.</source>
        <translation>В журналах нет ошибок и трассировок.</translation>
    </message>
</context>
<context>
    <name>artgen::core::MonitoringStep</name>
    <message>
        <source>muted</source>
        <translation>отключены</translation>
    </message>
    <message>
        <source>on</source>
        <translation>включены</translation>
    </message>
    <message>
        <source>PostgreSQL: warn at %1 connections, critical at %2 % of max_connections</source>
        <translation>PostgreSQL: предупреждение при %1 подключениях, критично при %2 % от max_connections</translation>
    </message>
    <message>
        <source>Redis: warn at %1 clients, critical at %2</source>
        <translation>Redis: предупреждение при %1 клиентах, критично при %2</translation>
    </message>
    <message numerus="yes">
        <source>API: alert after %n failed probe(s) in a row</source>
        <translation>
            <numerusform>API: оповещение после %n неудачной проверки подряд</numerusform>
            <numerusform>API: оповещение после %n неудачных проверок подряд</numerusform>
            <numerusform>API: оповещение после %n неудачных проверок подряд</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts: all %1, thresholds %2, containers %3, API %4</source>
        <translation>Оповещения: все — %1, пороги — %2, контейнеры — %3, API — %4</translation>
    </message>
    <message>
        <source>every alert of the profile is muted</source>
        <translation>все оповещения профиля отключены</translation>
    </message>
    <message>
        <source>threshold alerts are muted</source>
        <translation>оповещения о порогах отключены</translation>
    </message>
    <message>
        <source>container alerts are muted</source>
        <translation>оповещения о контейнерах отключены</translation>
    </message>
    <message>
        <source>API alerts are muted</source>
        <translation>оповещения об API отключены</translation>
    </message>
    <message>
        <source>no PostgreSQL threshold is set</source>
        <translation>порог PostgreSQL не задан</translation>
    </message>
    <message>
        <source>no Redis threshold is set</source>
        <translation>порог Redis не задан</translation>
    </message>
    <message>
        <source>Monitoring and every kind of alert are on for this profile.</source>
        <translation>Мониторинг и все виды оповещений для этого профиля включены.</translation>
    </message>
</context>
<context>
    <name>artgen::core::NginxDocument</name>
    <message>
        <source>unexpected end of file: a &quot;}&quot; is missing</source>
        <translation>неожиданный конец файла: не хватает «}»</translation>
    </message>
    <message>
        <source>unexpected &quot;}&quot;</source>
        <translation>неожиданная «}»</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;</source>
        <translation>неожиданный символ «%1»</translation>
    </message>
    <message>
        <source>the directive &quot;%1&quot; is not terminated by &quot;;&quot;</source>
        <translation>директива «%1» не завершена символом «;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes one value</source>
        <translation>«%1» принимает одно значение</translation>
    </message>
    <message>
        <source>no location proxies /api/, so there is no place for &quot;%1&quot;</source>
        <translation>ни один location не проксирует /api/, поэтому «%1» некуда добавить</translation>
    </message>
    <message>
        <source>limit_req_zone has no rate=</source>
        <translation>в limit_req_zone нет rate=</translation>
    </message>
    <message>
        <source>no location proxies /api/, so there is no place for a rate limit</source>
        <translation>ни один location не проксирует /api/, поэтому ограничение частоты некуда добавить</translation>
    </message>
    <message>
        <source>there is no limit_req for /api/: set nginx.rate first</source>
        <translation>для /api/ нет limit_req: сначала задайте nginx.rate</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a setting of this file</source>
        <translation>«%1» — не настройка этого файла</translation>
    </message>
</context>
<context>
    <name>artgen::core::NginxTokenizer</name>
    <message>
        <source>a quoted string is not closed</source>
        <translation>строка в кавычках не закрыта</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot; after a quoted string</source>
        <translation>неожиданный символ «%1» после строки в кавычках</translation>
    </message>
    <message>
        <source>the Lua block is not closed</source>
        <translation>блок Lua не закрыт</translation>
    </message>
</context>
<context>
    <name>artgen::core::PgAsyncConnection</name>
    <message>
        <source>connecting</source>
        <translation>подключение</translation>
    </message>
    <message>
        <source>a query</source>
        <translation>запрос</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>не хватает памяти</translation>
    </message>
    <message>
        <source>connection to server lost</source>
        <translation>соединение с сервером потеряно</translation>
    </message>
</context>
<context>
    <name>artgen::core::PgConnectionInfo</name>
    <message>
        <source>The PostgreSQL settings of profile %1 cannot be read.</source>
        <translation>Не удаётся прочитать настройки PostgreSQL профиля %1.</translation>
    </message>
    <message>
        <source>Create Docker_all/.env with POSTGRES_USER, POSTGRES_DB and POSTGRES_PASSWORD, or fix the stack folder in Settings.</source>
        <translation>Создайте Docker_all/.env с POSTGRES_USER, POSTGRES_DB и POSTGRES_PASSWORD или исправьте папку стека в настройках.</translation>
    </message>
    <message>
        <source>%1 does not name the database.</source>
        <translation>В %1 не указана база данных.</translation>
    </message>
    <message>
        <source>POSTGRES_USER or POSTGRES_DB is missing.</source>
        <translation>Нет POSTGRES_USER или POSTGRES_DB.</translation>
    </message>
    <message>
        <source>Add both to the file, as docker-compose.yml expects.</source>
        <translation>Добавьте в файл обе переменные — их ожидает docker-compose.yml.</translation>
    </message>
    <message>
        <source>container %1</source>
        <translation>контейнер %1</translation>
    </message>
</context>
<context>
    <name>artgen::core::PgExecRunner</name>
    <message>
        <source>container %1</source>
        <translation>контейнер %1</translation>
    </message>
    <message>
        <source>PostgreSQL (container %1) cannot be asked: %2</source>
        <translation>Не удаётся обратиться к PostgreSQL (контейнер %1): %2</translation>
    </message>
</context>
<context>
    <name>artgen::core::PgFaultClassifier</name>
    <message>
        <source>PostgreSQL (%1) refused the login: %2. Check POSTGRES_USER and POSTGRES_PASSWORD in Docker_all/.env against the database.</source>
        <translation>PostgreSQL (%1) отклонил вход: %2. Сверьте POSTGRES_USER и POSTGRES_PASSWORD в Docker_all/.env с данными базы.</translation>
    </message>
    <message>
        <source>PostgreSQL (%1) refuses new connections: the connection limit is reached (SQLSTATE 53300, %2). End idle sessions or raise max_connections.</source>
        <translation>PostgreSQL (%1) не принимает новые подключения: достигнут предел числа соединений (SQLSTATE 53300, %2). Завершите простаивающие сеансы или увеличьте max_connections.</translation>
    </message>
    <message>
        <source>PostgreSQL (%1) cannot be reached: %2. Start the stack, or check POSTGRES_PORT in Docker_all/.env.</source>
        <translation>PostgreSQL (%1) недоступен: %2. Запустите стек или проверьте POSTGRES_PORT в Docker_all/.env.</translation>
    </message>
    <message>
        <source>PostgreSQL (%1) failed: %2.</source>
        <translation>Ошибка PostgreSQL (%1): %2.</translation>
    </message>
    <message>
        <source>PostgreSQL (%1) did not answer (%2) within %3 ms. The server may be overloaded or a lock may hold it; try again, or look at its log.</source>
        <translation>PostgreSQL (%1) не ответил (%2) за %3 мс. Возможно, сервер перегружен или его держит блокировка; повторите попытку или посмотрите его журнал.</translation>
    </message>
</context>
<context>
    <name>artgen::core::PgMonitor</name>
    <message>
        <source>The PostgreSQL monitor was stopped before it answered.</source>
        <translation>Монитор PostgreSQL остановлен, не успев ответить.</translation>
    </message>
    <message>
        <source>The fallback through psql in the container failed too: %1</source>
        <translation>Запасной путь через psql в контейнере тоже не сработал: %1</translation>
    </message>
</context>
<context>
    <name>artgen::core::PgSession</name>
    <message>
        <source>PostgreSQL&apos;s session list cannot be read.</source>
        <translation>Не удаётся прочитать список сеансов PostgreSQL.</translation>
    </message>
    <message>
        <source>Unexpected row: %1</source>
        <translation>Неожиданная строка: %1</translation>
    </message>
    <message>
        <source>Report this together with the server&apos;s version.</source>
        <translation>Сообщите об этом, указав версию сервера.</translation>
    </message>
</context>
<context>
    <name>artgen::core::PgSnapshot</name>
    <message>
        <source>PostgreSQL&apos;s connection figures cannot be read.</source>
        <translation>Не удаётся прочитать показатели подключений PostgreSQL.</translation>
    </message>
    <message>
        <source>Unexpected row: %1</source>
        <translation>Неожиданная строка: %1</translation>
    </message>
    <message>
        <source>Report this together with the server&apos;s version.</source>
        <translation>Сообщите об этом, указав версию сервера.</translation>
    </message>
    <message>
        <source>the clock or max_connections row is missing</source>
        <translation>нет строки с временем сервера или с max_connections</translation>
    </message>
</context>
<context>
    <name>artgen::core::PortMapping</name>
    <message>
        <source>%1 (not published)</source>
        <translation>%1 (не опубликован)</translation>
    </message>
    <message>
        <source>%1 internal</source>
        <comment>a port only exposed to the stack&apos;s network</comment>
        <translation>%1 внутренний</translation>
    </message>
</context>
<context>
    <name>artgen::core::Profile</name>
    <message>
        <source>A profile needs a name.</source>
        <translation>У профиля должно быть имя.</translation>
    </message>
    <message>
        <source>Another profile is already called “%1”.</source>
        <translation>Профиль «%1» уже есть.</translation>
    </message>
    <message>
        <source>No Docker_all/docker-compose.yml in “%1”. Choose the folder that holds Docker_all/.</source>
        <translation>В «%1» нет Docker_all/docker-compose.yml. Выберите папку, в которой лежит Docker_all/.</translation>
    </message>
    <message>
        <source>The compose project name is empty (the demo stack uses art_generation).</source>
        <translation>Имя проекта Compose пустое (демо-стек использует art_generation).</translation>
    </message>
    <message>
        <source>The API base URL must look like http://HOST:PORT.</source>
        <translation>Базовый URL API должен иметь вид http://ХОСТ:ПОРТ.</translation>
    </message>
    <message>
        <source>The container name for “%1” is empty.</source>
        <translation>Имя контейнера для «%1» пустое.</translation>
    </message>
    <message>
        <source>The backup folder must be a full path, like /var/backups/artgen.</source>
        <translation>Папка копий должна быть полным путём, например /var/backups/artgen.</translation>
    </message>
    <message>
        <source>The backup folder is inside the stack folder: compose builds would send every backup to Docker. Choose a folder outside %1.</source>
        <translation>Папка копий внутри папки стека: при сборке compose отправлял бы каждую копию в Docker. Выберите папку вне %1.</translation>
    </message>
    <message>
        <source>Choose a backup format.</source>
        <translation>Выберите формат копий.</translation>
    </message>
    <message>
        <source>PostgreSQL address: %1</source>
        <translation>Адрес PostgreSQL: %1</translation>
    </message>
    <message>
        <source>Redis address: %1</source>
        <translation>Адрес Redis: %1</translation>
    </message>
    <message>
        <source>TLS certificates are only used with a tcp:// Docker host.</source>
        <translation>Сертификаты TLS используются только с хостом Docker вида tcp://.</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>сертификата УЦ</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>клиентского сертификата</translation>
    </message>
    <message>
        <source>client key</source>
        <translation>клиентского ключа</translation>
    </message>
    <message>
        <source>The TLS %1 file is not set: a tcp:// host with TLS needs the CA, the client certificate and its key.</source>
        <translation>Не задан файл %1 для TLS: хосту tcp:// с TLS нужны УЦ, клиентский сертификат и его ключ.</translation>
    </message>
    <message>
        <source>The TLS %1 file %2 does not exist.</source>
        <translation>Файла %1 для TLS (%2) не существует.</translation>
    </message>
    <message>
        <source>only HOST:PORT is possible here.</source>
        <translation>здесь возможен только ХОСТ:ПОРТ.</translation>
    </message>
    <message>
        <source>“%1” is not HOST:PORT.</source>
        <translation>«%1» — не ХОСТ:ПОРТ.</translation>
    </message>
</context>
<context>
    <name>artgen::core::ProfileLoadTarget</name>
    <message>
        <source>The profile has no API token.</source>
        <translation>В профиле нет токена API.</translation>
    </message>
    <message>
        <source>Neither the keychain nor %1 holds API_TOKEN.</source>
        <translation>Ни связка ключей, ни %1 не содержат API_TOKEN.</translation>
    </message>
    <message>
        <source>Set it with `artgenctl secret set api-token`, set API_TOKEN in the .env, or load-test without the token.</source>
        <translation>Задайте его командой `artgenctl secret set api-token`, укажите API_TOKEN в .env или запустите нагрузочный тест без токена.</translation>
    </message>
</context>
<context>
    <name>artgen::core::ProfileSecrets</name>
    <message>
        <source>The keychain holds %1 of profile %2 but cannot be read now.</source>
        <translation>В связке ключей хранится %1 профиля %2, но сейчас её не удаётся прочитать.</translation>
    </message>
    <message>
        <source>Run the command on a terminal to type it for this session, unlock the keychain, or set %1 in the stack&apos;s Docker_all/.env.</source>
        <translation>Запустите команду в терминале, чтобы ввести значение на этот сеанс, разблокируйте связку ключей или задайте %1 в файле Docker_all/.env стека.</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>связка ключей</translation>
    </message>
    <message>
        <source>memory only</source>
        <translation>только в памяти</translation>
    </message>
    <message>
        <source>.env</source>
        <translation>.env</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Waiting for %1 of profile %2 from the keychain.</source>
        <translation>Ожидается %1 профиля %2 из связки ключей.</translation>
    </message>
    <message>
        <source>Waiting for %1 of profile %2 to be typed at its prompt.</source>
        <translation>Ожидается ввод: %1 профиля %2 в окне запроса.</translation>
    </message>
</context>
<context>
    <name>artgen::core::PythonScanner</name>
    <message>
        <source>unmatched &quot;%1&quot;</source>
        <translation>непарная «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is never closed</source>
        <translation>«%1» нигде не закрыта</translation>
    </message>
    <message>
        <source>a string is not closed</source>
        <translation>строка не закрыта</translation>
    </message>
</context>
<context>
    <name>artgen::core::PythonSettingsDocument</name>
    <message>
        <source>the value is an expression, not a number</source>
        <translation>значение — выражение, а не число</translation>
    </message>
    <message>
        <source>the condition does not say which value applies to PostgreSQL</source>
        <translation>из условия не ясно, какое значение относится к PostgreSQL</translation>
    </message>
    <message>
        <source>the setting %1 is not in this file</source>
        <translation>настройки %1 нет в этом файле</translation>
    </message>
</context>
<context>
    <name>artgen::core::RedisAsyncConnection</name>
    <message>
        <source>out of memory</source>
        <translation>не хватает памяти</translation>
    </message>
    <message>
        <source>Server closed the connection</source>
        <translation>Сервер закрыл соединение</translation>
    </message>
</context>
<context>
    <name>artgen::core::RedisConnectionInfo</name>
    <message>
        <source>The Redis port in the stack&apos;s .env is not a port number.</source>
        <translation>Порт Redis в файле .env стека не является номером порта.</translation>
    </message>
    <message>
        <source>REDIS_PORT is &quot;%1&quot;.</source>
        <translation>REDIS_PORT равен «%1».</translation>
    </message>
    <message>
        <source>Set REDIS_PORT to a number between 1 and 65535.</source>
        <translation>Укажите в REDIS_PORT число от 1 до 65535.</translation>
    </message>
</context>
<context>
    <name>artgen::core::RedisFault</name>
    <message>
        <source>Redis at %1 refused the monitor&apos;s password. The password in the profile&apos;s .env (REDIS_PASSWORD) does not match the server&apos;s. Correct REDIS_PASSWORD or restart Redis with the password the file holds.</source>
        <translation>Redis на %1 не принял пароль монитора: пароль в файле .env профиля (REDIS_PASSWORD) не совпадает с паролем сервера. Исправьте REDIS_PASSWORD или перезапустите Redis с паролем из файла.</translation>
    </message>
    <message>
        <source>Redis at %1 turned the monitor away: it already serves its maximum number of clients (maxclients). Find who holds the connections (CLIENT LIST from inside the container) or raise maxclients.</source>
        <translation>Redis на %1 отклонил подключение монитора: он уже обслуживает максимальное число клиентов (maxclients). Выясните, кто держит подключения (CLIENT LIST изнутри контейнера), или увеличьте maxclients.</translation>
    </message>
    <message>
        <source>Redis at %1 is still loading its data set into memory. Wait until it has finished; the monitor retries by itself.</source>
        <translation>Redis на %1 ещё загружает данные в память. Дождитесь окончания загрузки; монитор повторит попытку сам.</translation>
    </message>
    <message>
        <source>Redis at %1 answered the monitor with an error: %2. Check the server&apos;s log (the Logs page, the Redis container).</source>
        <translation>Redis на %1 ответил монитору ошибкой: %2. Проверьте журнал сервера (страница «Журналы», контейнер Redis).</translation>
    </message>
    <message>
        <source>Redis at %1 refused the connection: nothing listens there. Start the Redis container (or check REDIS_PORT in the profile&apos;s .env); the monitor reconnects by itself.</source>
        <translation>Redis на %1 отклонил подключение: по этому адресу никто не слушает. Запустите контейнер Redis (или проверьте REDIS_PORT в файле .env профиля); монитор подключится снова сам.</translation>
    </message>
    <message>
        <source>The connection to Redis at %1 failed: %2. Check that the Redis container runs; the monitor reconnects by itself.</source>
        <translation>Не удалось подключиться к Redis на %1: %2. Проверьте, что контейнер Redis запущен; монитор подключится снова сам.</translation>
    </message>
    <message>
        <source>Redis at %1 did not answer in time. The server may be overloaded or paused; the monitor retries by itself.</source>
        <translation>Redis на %1 не ответил вовремя. Возможно, сервер перегружен или приостановлен; монитор повторит попытку сам.</translation>
    </message>
    <message>
        <source>Redis at %1 did not answer within %2 ms. The server may be overloaded or paused; the monitor retries by itself.</source>
        <translation>Redis на %1 не ответил за %2 мс. Возможно, сервер перегружен или приостановлен; монитор повторит попытку сам.</translation>
    </message>
</context>
<context>
    <name>artgen::core::RedisMonitor</name>
    <message>
        <source>The Redis monitor is not connected yet. Try again in a moment.</source>
        <translation>Монитор Redis ещё не подключился. Повторите попытку через несколько секунд.</translation>
    </message>
</context>
<context>
    <name>artgen::core::RestartServiceJob</name>
    <message>
        <source>Restart %1</source>
        <translation>Перезапуск %1</translation>
    </message>
    <message>
        <source>Restarting %1 …</source>
        <translation>Перезапускается %1…</translation>
    </message>
    <message>
        <source>%1 could not be restarted.</source>
        <translation>Не удалось перезапустить %1.</translation>
    </message>
    <message>
        <source>%1 is not healthy %2 s after its restart.</source>
        <translation>%1 не исправен через %2 с после перезапуска.</translation>
    </message>
    <message>
        <source>It is %1.</source>
        <translation>Состояние: %1.</translation>
    </message>
    <message>
        <source>Read its log: the cause is usually there.</source>
        <translation>Прочитайте его журнал: причина обычно там.</translation>
    </message>
    <message>
        <source>No Celery worker answers ping after the restart.</source>
        <translation>После перезапуска ни один воркер Celery не отвечает на ping.</translation>
    </message>
    <message>
        <source>The container runs, but `celery inspect ping` got no answer within %1 s.</source>
        <translation>Контейнер работает, но `celery inspect ping` не получил ответа за %1 с.</translation>
    </message>
    <message>
        <source>Read Celery&apos;s log and check that Redis answers.</source>
        <translation>Прочитайте журнал Celery и проверьте, что Redis отвечает.</translation>
    </message>
    <message>
        <source>The backend runs, but the API does not answer 200 through nginx.</source>
        <translation>Бэкенд работает, но API не отвечает 200 через nginx.</translation>
    </message>
    <message>
        <source>GET /api/v1/health gave no 200 within %1 s of the restart.</source>
        <translation>GET /api/v1/health не ответил 200 в течение %1 с после перезапуска.</translation>
    </message>
    <message>
        <source>Run “What is wrong?” again.</source>
        <translation>Снова запустите «Что не так?».</translation>
    </message>
    <message>
        <source>%1 is back after %2 s.</source>
        <translation>%1 снова работает через %2 с.</translation>
    </message>
</context>
<context>
    <name>artgen::core::RestoreJob</name>
    <message>
        <source>Restore %1</source>
        <translation>Восстановление %1</translation>
    </message>
    <message>
        <source>Check %1: format, completeness and checksum — nothing is touched before.</source>
        <translation>Проверить %1: формат, полноту и контрольную сумму — до этого ничего не меняется.</translation>
    </message>
    <message>
        <source>Back up the current database %1 (safety backup).</source>
        <translation>Сделать резервную копию текущей базы %1 (страховочную).</translation>
    </message>
    <message>
        <source>Stop %1.</source>
        <translation>Остановить %1.</translation>
    </message>
    <message>
        <source>Restore into a new database %1, in one transaction.</source>
        <translation>Восстановить в новую базу %1 одной транзакцией.</translation>
    </message>
    <message>
        <source>Replace %1 with it, then drop the old database: everything in %1 that is not in the backup is lost.</source>
        <translation>Заменить ею %1 и удалить старую базу: всё в %1, чего нет в копии, будет потеряно.</translation>
    </message>
    <message>
        <source>Restore into %1 in one transaction: the objects in the backup are replaced; if anything fails, nothing changes.</source>
        <translation>Восстановить в %1 одной транзакцией: объекты из копии заменяются; при любой ошибке ничего не меняется.</translation>
    </message>
    <message>
        <source>Compare row counts per table with the backup&apos;s manifest.</source>
        <translation>Сравнить число строк в каждой таблице с манифестом копии.</translation>
    </message>
    <message>
        <source>Start %1 again.</source>
        <translation>Снова запустить %1.</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>Проверка %1</translation>
    </message>
    <message>
        <source>Taking a safety backup of %1</source>
        <translation>Страховочная копия %1</translation>
    </message>
    <message>
        <source>The safety backup failed, so nothing was restored.</source>
        <translation>Страховочная копия не удалась, поэтому ничего не восстановлено.</translation>
    </message>
    <message>
        <source>Fix the cause, or restore without a safety backup.</source>
        <translation>Устраните причину или восстановите без страховочной копии.</translation>
    </message>
    <message>
        <source>Stopping %1</source>
        <translation>Остановка %1</translation>
    </message>
    <message>
        <source>Nothing was changed in %1.</source>
        <translation>В %1 ничего не изменено.</translation>
    </message>
    <message>
        <source>Creating database %1</source>
        <translation>Создание базы %1</translation>
    </message>
    <message>
        <source>The database for the restore could not be created.</source>
        <translation>Не удалось создать базу для восстановления.</translation>
    </message>
    <message>
        <source>Restoring into %1</source>
        <translation>Восстановление в %1</translation>
    </message>
    <message>
        <source>The restore failed; the transaction was rolled back.</source>
        <translation>Восстановление не удалось; транзакция отменена.</translation>
    </message>
    <message>
        <source>%1 is unchanged. Read the message above.</source>
        <translation>%1 не изменена. Прочтите сообщение выше.</translation>
    </message>
    <message>
        <source>Replacing %1 with the restored database</source>
        <translation>Замена %1 восстановленной базой</translation>
    </message>
    <message>
        <source>The restored database could not replace %1.</source>
        <translation>Восстановленная база не смогла заменить %1.</translation>
    </message>
    <message>
        <source>Counting the restored rows failed.</source>
        <translation>Не удалось подсчитать восстановленные строки.</translation>
    </message>
    <message numerus="yes">
        <source>Row counts match the manifest in all %n table(s).</source>
        <translation>
            <numerusform>Число строк совпадает с манифестом в %n таблице.</numerusform>
            <numerusform>Число строк совпадает с манифестом во всех %n таблицах.</numerusform>
            <numerusform>Число строк совпадает с манифестом во всех %n таблицах.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Row counts differ from the manifest in %n table(s).</source>
        <translation>
            <numerusform>Число строк отличается от манифеста в %n таблице.</numerusform>
            <numerusform>Число строк отличается от манифеста в %n таблицах.</numerusform>
            <numerusform>Число строк отличается от манифеста в %n таблицах.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No manifest: %n table(s) restored, counts not compared.</source>
        <translation>
            <numerusform>Манифеста нет: восстановлена %n таблица, число строк не сравнивалось.</numerusform>
            <numerusform>Манифеста нет: восстановлено %n таблицы, число строк не сравнивалось.</numerusform>
            <numerusform>Манифеста нет: восстановлено %n таблиц, число строк не сравнивалось.</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting %1</source>
        <translation>Запуск %1</translation>
    </message>
    <message>
        <source>Cancelling the restore</source>
        <translation>Отмена восстановления</translation>
    </message>
    <message>
        <source>it is a backup of database %1, not %2</source>
        <translation>это копия базы %1, а не %2</translation>
    </message>
    <message>
        <source>it was made for profile %1, not %2</source>
        <translation>она сделана для профиля %1, а не %2</translation>
    </message>
    <message>
        <source>%1 does not belong to database %2, so nothing was restored.</source>
        <translation>%1 не относится к базе %2, поэтому ничего не восстановлено.</translation>
    </message>
    <message>
        <source>Choose a backup of %1, or confirm that its data should replace %1 (artgenctl: --into-other-database; the panel: type the database name).</source>
        <translation>Выберите копию базы %1 или подтвердите, что её данные должны заменить %1 (artgenctl: --into-other-database; в панели — введите имя базы).</translation>
    </message>
    <message>
        <source>Restoring into another database as asked: %1.</source>
        <translation>Восстановление в другую базу, как было запрошено: %1.</translation>
    </message>
    <message>
        <source>%1 could not be started again and is down: %2 Start it with: docker start %1</source>
        <translation>%1 не удалось запустить снова, он остановлен: %2 Запустите его командой: docker start %1</translation>
    </message>
</context>
<context>
    <name>artgen::core::RollbackJob</name>
    <message>
        <source>Deployment rollback</source>
        <translation>Откат развёртывания</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Re-check %1. %2</source>
        <translation>Повторная проверка %1. %2</translation>
    </message>
    <message>
        <source>The profile&apos;s database name is not known, so the restore cannot be confirmed: nothing was restored.</source>
        <translation>Имя базы данных профиля неизвестно, поэтому восстановление нельзя подтвердить: ничего не восстановлено.</translation>
    </message>
    <message>
        <source>The typed name “%1” is not the database “%2”: nothing was restored.</source>
        <translation>Введённое имя «%1» не совпадает с базой данных «%2»: ничего не восстановлено.</translation>
    </message>
    <message>
        <source>Rollback %1. %2: %3 — %4</source>
        <translation>Откат %1. %2: %3 — %4</translation>
    </message>
    <message>
        <source>Re-check %1. %2: %3 — %4</source>
        <translation>Повторная проверка %1. %2: %3 — %4</translation>
    </message>
    <message>
        <source>Step 1 of this run kept no copy of the configuration files to go back to.</source>
        <translation>Шаг 1 этого запуска не сохранил копию файлов конфигурации, к которой можно вернуться.</translation>
    </message>
    <message>
        <source>Every configuration file already holds the bytes step 1 kept.</source>
        <translation>Все файлы конфигурации уже совпадают с копией, сохранённой на шаге 1.</translation>
    </message>
    <message>
        <source>Rollback of the deployment %1: %2</source>
        <translation>Откат развёртывания %1: %2</translation>
    </message>
    <message>
        <source>The configuration files could not be put back: %1</source>
        <translation>Не удалось вернуть файлы конфигурации: %1</translation>
    </message>
    <message>
        <source>Put back as step 1 kept them: %1; history entry %2.</source>
        <translation>Возвращены к копии шага 1: %1; запись истории %2.</translation>
    </message>
    <message>
        <source>Step 2 of this run recorded no images to go back to.</source>
        <translation>Шаг 2 этого запуска не записал образы, к которым можно вернуться.</translation>
    </message>
    <message>
        <source>%1: %2 is still %3</source>
        <translation>%1: %2 по-прежнему указывает на %3</translation>
    </message>
    <message>
        <source>%1&apos;s previous image %2 could not be tagged %3 again: %4</source>
        <translation>Прежнему образу %2 сервиса %1 не удалось снова присвоить тег %3: %4</translation>
    </message>
    <message>
        <source>%1: %2 is %3 again</source>
        <translation>%1: %2 снова указывает на %3</translation>
    </message>
    <message>
        <source>The build-inputs record is as it was before the deployment.</source>
        <translation>Запись входных файлов сборки возвращена к состоянию до развёртывания.</translation>
    </message>
    <message>
        <source>The build-inputs record %1 could not be put back.</source>
        <translation>Не удалось вернуть запись входных файлов сборки %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n image reference(s) tagged back to the previous image id (no build).</source>
        <translation>
            <numerusform>%n ссылка на образ снова указывает на прежний идентификатор образа (без сборки).</numerusform>
            <numerusform>%n ссылки на образы снова указывают на прежние идентификаторы образов (без сборки).</numerusform>
            <numerusform>%n ссылок на образы снова указывают на прежние идентификаторы образов (без сборки).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not asked for: the database was left as it is.</source>
        <translation>Не запрашивалось: база данных оставлена как есть.</translation>
    </message>
    <message>
        <source>Step 1 of this run made no backup to restore.</source>
        <translation>Шаг 1 этого запуска не сделал резервную копию, которую можно восстановить.</translation>
    </message>
    <message>
        <source>The restore of %1 failed: %2</source>
        <translation>Восстановление %1 не удалось: %2</translation>
    </message>
    <message>
        <source>Safety backup of the database as it was: %1</source>
        <translation>Страховочная резервная копия базы данных в прежнем состоянии: %1</translation>
    </message>
    <message>
        <source>Restored %1 into %2.</source>
        <translation>%1 восстановлена в %2.</translation>
    </message>
</context>
<context>
    <name>artgen::core::RollbackPlan</name>
    <message>
        <source>Run %1 is no deployment (steps 1–11): there is nothing to roll back.</source>
        <translation>Запуск %1 не является развёртыванием (шаги 1–11): откатывать нечего.</translation>
    </message>
    <message>
        <source>Step 1 of run %1 kept no copy of the configuration files to go back to.</source>
        <translation>Шаг 1 запуска %1 не сохранил копию файлов конфигурации, к которой можно вернуться.</translation>
    </message>
    <message>
        <source>Step 2 of run %1 recorded no images the stack ran before the deployment.</source>
        <translation>Шаг 2 запуска %1 не записал образы, на которых стек работал до развёртывания.</translation>
    </message>
    <message>
        <source>The image %1 that %2 ran before the deployment is gone: %3</source>
        <translation>Образ %1, на котором %2 работал до развёртывания, больше не существует: %3</translation>
    </message>
</context>
<context>
    <name>artgen::core::RollbackRecord</name>
    <message>
        <source>Configuration files put back</source>
        <translation>Файлы конфигурации возвращены</translation>
    </message>
    <message>
        <source>Previous images tagged back</source>
        <translation>Теги прежних образов возвращены</translation>
    </message>
    <message>
        <source>Containers started on the previous images</source>
        <translation>Контейнеры запущены на прежних образах</translation>
    </message>
    <message>
        <source>Database restored from the backup (if asked)</source>
        <translation>База данных восстановлена из резервной копии (если запрошено)</translation>
    </message>
</context>
<context>
    <name>artgen::core::Runbooks</name>
    <message>
        <source>GET /api/v1/health through nginx: no answer (%1)</source>
        <translation>GET /api/v1/health через nginx: нет ответа (%1)</translation>
    </message>
    <message>
        <source>GET /api/v1/health through nginx: HTTP %1 in %2 ms</source>
        <translation>GET /api/v1/health через nginx: HTTP %1 за %2 мс</translation>
    </message>
    <message>
        <source>502 Bad Gateway: the backend does not answer</source>
        <translation>502 Bad Gateway: бэкенд не отвечает</translation>
    </message>
    <message>
        <source>504 Gateway Timeout: an operation took longer than nginx waits</source>
        <translation>504 Gateway Timeout: операция длилась дольше, чем ждёт nginx</translation>
    </message>
    <message>
        <source>Too many PostgreSQL connections</source>
        <translation>Слишком много подключений к PostgreSQL</translation>
    </message>
    <message>
        <source>Redis connection timeout: Redis is overloaded</source>
        <translation>Тайм-аут подключения к Redis: Redis перегружен</translation>
    </message>
    <message>
        <source>Celery workers do not start</source>
        <translation>Воркеры Celery не запускаются</translation>
    </message>
    <message>
        <source>Restart the backend and wait until it is healthy.</source>
        <translation>Перезапустить бэкенд и дождаться, пока он станет исправным.</translation>
    </message>
    <message>
        <source>Raise proxy_read_timeout, proxy_connect_timeout and proxy_send_timeout in nginx-docker.conf (configuration editor), then reload nginx.</source>
        <translation>Увеличить proxy_read_timeout, proxy_connect_timeout и proxy_send_timeout в nginx-docker.conf (редактор конфигурации), затем перезагрузить nginx.</translation>
    </message>
    <message>
        <source>End sessions idle for more than 5 minutes (pg_terminate_backend).</source>
        <translation>Завершить сеансы, простаивающие дольше 5 минут (pg_terminate_backend).</translation>
    </message>
    <message>
        <source>Lower the workers or the pool sizes so the worst case fits max_connections.</source>
        <translation>Уменьшить число воркеров или размеры пулов, чтобы худший случай укладывался в max_connections.</translation>
    </message>
    <message>
        <source>Clear the cache with FLUSHDB (careful: only after typing the database number; audited).</source>
        <translation>Очистить кэш командой FLUSHDB (осторожно: только после ввода номера базы; записывается в журнал аудита).</translation>
    </message>
    <message>
        <source>Restart Celery after Redis restarts (Celery 5.2 stops consuming after a Redis restart).</source>
        <translation>Перезапускать Celery после перезапуска Redis (Celery 5.2 перестаёт получать задачи после перезапуска Redis).</translation>
    </message>
    <message>
        <source>Restart Celery and wait until `celery inspect ping` answers.</source>
        <translation>Перезапустить Celery и дождаться ответа `celery inspect ping`.</translation>
    </message>
    <message>
        <source>%1: state unknown</source>
        <translation>%1: состояние неизвестно</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %3%4, %n restart(s)</source>
        <translation>
            <numerusform>%1 (%2): %3%4, %n перезапуск</numerusform>
            <numerusform>%1 (%2): %3%4, %n перезапуска</numerusform>
            <numerusform>%1 (%2): %3%4, %n перезапусков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n line(s) of the backend&apos;s log:</source>
        <translation>
            <numerusform>Последняя %n строка журнала бэкенда:</numerusform>
            <numerusform>Последние %n строки журнала бэкенда:</numerusform>
            <numerusform>Последние %n строк журнала бэкенда:</numerusform>
        </translation>
    </message>
    <message>
        <source>The backend container is %1: nginx has nothing to pass requests to.</source>
        <translation>Контейнер бэкенда в состоянии %1: nginx некуда передавать запросы.</translation>
    </message>
    <message>
        <source>nginx answers 502: the backend does not answer it.</source>
        <translation>nginx отвечает 502: бэкенд ему не отвечает.</translation>
    </message>
    <message>
        <source>The backend is %1 and the API does not answer 200.</source>
        <translation>Бэкенд в состоянии %1, и API не отвечает 200.</translation>
    </message>
    <message>
        <source>The backend runs and answers.</source>
        <translation>Бэкенд работает и отвечает.</translation>
    </message>
    <message>
        <source>nginx timeouts: %1</source>
        <translation>Тайм-ауты nginx: %1</translation>
    </message>
    <message>
        <source>not set (nginx&apos;s default 60 s)</source>
        <translation>не заданы (по умолчанию в nginx 60 с)</translation>
    </message>
    <message>
        <source>Access log: %1 recent line(s) read, %2 answered 504, %3 answered 502</source>
        <translation>Журнал доступа: прочитано последних строк — %1, ответов 504 — %2, ответов 502 — %3</translation>
    </message>
    <message>
        <source>Slowest recent requests:</source>
        <translation>Самые медленные недавние запросы:</translation>
    </message>
    <message>
        <source>nginx&apos;s access log has no request time (the combined format has no $request_time), so the slowest requests cannot be read from it; the 504 answers and nginx&apos;s &quot;upstream timed out&quot; errors stand in for them.</source>
        <translation>В журнале доступа nginx нет времени запроса (в формате combined нет $request_time), поэтому самые медленные запросы из него не прочитать; вместо них показаны ответы 504 и ошибки nginx «upstream timed out».</translation>
    </message>
    <message>
        <source>nginx errors:</source>
        <translation>Ошибки nginx:</translation>
    </message>
    <message numerus="yes">
        <source>nginx gave up waiting for the backend: %n answer(s) 504.</source>
        <translation>
            <numerusform>nginx не дождался бэкенда: %n ответ 504.</numerusform>
            <numerusform>nginx не дождался бэкенда: %n ответа 504.</numerusform>
            <numerusform>nginx не дождался бэкенда: %n ответов 504.</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer timed out in nginx&apos;s recent log.</source>
        <translation>В недавнем журнале nginx нет ответов по тайм-ауту.</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s connections could not be counted.</source>
        <translation>Не удалось подсчитать подключения к PostgreSQL.</translation>
    </message>
    <message>
        <source>No answer from PostgreSQL.</source>
        <translation>PostgreSQL не ответил.</translation>
    </message>
    <message>
        <source>%1 connections of max_connections %2; the profile warns at %3</source>
        <translation>Подключений: %1 из max_connections %2; профиль предупреждает при %3</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) idle for more than 5 minutes</source>
        <translation>
            <numerusform>%n сеанс простаивает дольше 5 минут</numerusform>
            <numerusform>%n сеанса простаивают дольше 5 минут</numerusform>
            <numerusform>%n сеансов простаивают дольше 5 минут</numerusform>
        </translation>
    </message>
    <message>
        <source>Who holds them (count, user, application, client, state):</source>
        <translation>Кто их держит (число, пользователь, приложение, клиент, состояние):</translation>
    </message>
    <message>
        <source>PostgreSQL holds %1 connections of %2.</source>
        <translation>У PostgreSQL открыто подключений: %1 из %2.</translation>
    </message>
    <message>
        <source>PostgreSQL holds %1 connections of %2: under the limits.</source>
        <translation>У PostgreSQL открыто подключений: %1 из %2 — в пределах ограничений.</translation>
    </message>
    <message>
        <source>PING: PONG</source>
        <translation>PING: PONG</translation>
    </message>
    <message>
        <source>PING: no PONG (%1)</source>
        <translation>PING: нет PONG (%1)</translation>
    </message>
    <message>
        <source>Latency over 1 s: average %1 ms, max %2 ms</source>
        <translation>Задержка за 1 с: в среднем %1 мс, максимум %2 мс</translation>
    </message>
    <message>
        <source>Rejected connections: %1</source>
        <translation>Отклонённые подключения: %1</translation>
    </message>
    <message>
        <source>Redis does not answer PING.</source>
        <translation>Redis не отвечает на PING.</translation>
    </message>
    <message>
        <source>Redis answers slowly: %1 ms on average.</source>
        <translation>Redis отвечает медленно: в среднем %1 мс.</translation>
    </message>
    <message>
        <source>Redis answers PING quickly.</source>
        <translation>Redis быстро отвечает на PING.</translation>
    </message>
    <message>
        <source>celery inspect ping: answered</source>
        <translation>celery inspect ping: ответ получен</translation>
    </message>
    <message>
        <source>celery inspect ping: no answer</source>
        <translation>celery inspect ping: нет ответа</translation>
    </message>
    <message numerus="yes">
        <source>Last %n line(s) of Celery&apos;s log:</source>
        <translation>
            <numerusform>Последняя %n строка журнала Celery:</numerusform>
            <numerusform>Последние %n строки журнала Celery:</numerusform>
            <numerusform>Последние %n строк журнала Celery:</numerusform>
        </translation>
    </message>
    <message>
        <source>The Celery container is %1.</source>
        <translation>Контейнер Celery в состоянии %1.</translation>
    </message>
    <message>
        <source>No Celery worker answers ping.</source>
        <translation>Ни один воркер Celery не отвечает на ping.</translation>
    </message>
    <message>
        <source>The Celery workers answer ping.</source>
        <translation>Воркеры Celery отвечают на ping.</translation>
    </message>
</context>
<context>
    <name>artgen::core::RunningConfig</name>
    <message>
        <source>Changed since the stack started, with no git HEAD to go back to: %1</source>
        <translation>Изменены после запуска стека, но нет git HEAD, к которому можно вернуться: %1</translation>
    </message>
    <message>
        <source>Changed since the stack started; a rollback goes back to their git HEAD: %1</source>
        <translation>Изменены после запуска стека; откат вернёт их к состоянию git HEAD: %1</translation>
    </message>
</context>
<context>
    <name>artgen::core::SecretName</name>
    <message>
        <source>the PostgreSQL password</source>
        <translation>пароль PostgreSQL</translation>
    </message>
    <message>
        <source>the Redis password</source>
        <translation>пароль Redis</translation>
    </message>
    <message>
        <source>the API token</source>
        <translation>токен API</translation>
    </message>
</context>
<context>
    <name>artgen::core::SecretStore</name>
    <message>
        <source>no details</source>
        <translation>подробностей нет</translation>
    </message>
    <message>
        <source>Secrets are kept in memory for this session only, never in a plain-text file; unlock or start the keychain to keep them.</source>
        <translation>Секреты хранятся только в памяти до конца сеанса и никогда — в открытом текстовом файле; разблокируйте или запустите связку ключей, чтобы сохранить их.</translation>
    </message>
    <message>
        <source>No keychain is available (NoBackendAvailable).</source>
        <translation>Связка ключей недоступна (NoBackendAvailable).</translation>
    </message>
    <message>
        <source>No Secret Service answers on the session&apos;s D-Bus: %1.</source>
        <translation>На D-Bus сеанса не отвечает ни одна служба Secret Service: %1.</translation>
    </message>
    <message>
        <source>Start a Secret Service such as GNOME Keyring or KWallet in your session. </source>
        <translation>Запустите в своём сеансе службу Secret Service, например GNOME Keyring или KWallet. </translation>
    </message>
    <message>
        <source>The keychain denied access (AccessDenied).</source>
        <translation>Связка ключей отказала в доступе (AccessDenied).</translation>
    </message>
    <message>
        <source>The keychain is locked or refused the request: %1.</source>
        <translation>Связка ключей заблокирована или отклонила запрос: %1.</translation>
    </message>
    <message>
        <source>Unlock the keychain and allow the panel to use it. </source>
        <translation>Разблокируйте связку ключей и разрешите панели пользоваться ею. </translation>
    </message>
    <message>
        <source>The keychain failed (OtherError).</source>
        <translation>Ошибка связки ключей (OtherError).</translation>
    </message>
    <message>
        <source>The keychain said: %1.</source>
        <translation>Связка ключей сообщила: %1.</translation>
    </message>
</context>
<context>
    <name>artgen::core::SettingsStore</name>
    <message>
        <source>Cannot read or write the settings file %1.</source>
        <translation>Не удаётся прочитать или записать файл настроек %1.</translation>
    </message>
    <message>
        <source>The file or its folder is not accessible.</source>
        <translation>Нет доступа к файлу или его папке.</translation>
    </message>
    <message>
        <source>Check the permissions of the file and its folder.</source>
        <translation>Проверьте права доступа к файлу и его папке.</translation>
    </message>
    <message>
        <source>The settings file %1 is malformed.</source>
        <translation>Файл настроек %1 повреждён.</translation>
    </message>
    <message>
        <source>It is not a valid INI file, so it was not used.</source>
        <translation>Это не корректный INI-файл, поэтому он не использован.</translation>
    </message>
    <message>
        <source>Fix or move the file aside; the panel then starts with defaults.</source>
        <translation>Исправьте файл или переместите его; тогда панель запустится с настройками по умолчанию.</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be used.</source>
        <translation>Файл настроек %1 нельзя использовать.</translation>
    </message>
    <message>
        <source>Fix the file or move it aside, then start again. Until then nothing is written to it.</source>
        <translation>Исправьте файл или переместите его и запустите снова. До тех пор в него ничего не записывается.</translation>
    </message>
    <message>
        <source>It is a folder, not a file.</source>
        <translation>Это папка, а не файл.</translation>
    </message>
    <message>
        <source>Move the folder aside or set ARTGEN_CONFIG to a file, then start again.</source>
        <translation>Переместите папку или укажите в ARTGEN_CONFIG файл и запустите снова.</translation>
    </message>
    <message>
        <source>It is not a regular file but a named pipe, a socket or a device.</source>
        <translation>Это не обычный файл, а именованный канал, сокет или устройство.</translation>
    </message>
    <message>
        <source>It cannot be read.</source>
        <translation>Его нельзя прочитать.</translation>
    </message>
    <message>
        <source>It cannot be read: %1.</source>
        <translation>Его нельзя прочитать: %1.</translation>
    </message>
    <message>
        <source>Check the permissions of the file and its folder, or move the file aside. Until then nothing is written to it.</source>
        <translation>Проверьте права доступа к файлу и его папке или переместите файл. До тех пор в него ничего не записывается.</translation>
    </message>
    <message>
        <source>It is not a settings file: it holds binary data, not text.</source>
        <translation>Это не файл настроек: в нём двоичные данные, а не текст.</translation>
    </message>
    <message>
        <source>It is not a settings file: line %1 is neither a [section] nor a key=value pair.</source>
        <translation>Это не файл настроек: строка %1 — не [раздел] и не пара ключ=значение.</translation>
    </message>
    <message>
        <source>It looks cut off: its last line (%1) is incomplete, has no line break or is a section without keys.</source>
        <translation>Похоже, файл обрезан: его последняя строка (%1) неполная, без перевода строки или это раздел без ключей.</translation>
    </message>
    <message>
        <source>It looks cut off: its list of profiles is incomplete.</source>
        <translation>Похоже, файл обрезан: список профилей в нём неполный.</translation>
    </message>
    <message>
        <source>It is not a settings file: QSettings cannot parse it.</source>
        <translation>Это не файл настроек: QSettings не может его разобрать.</translation>
    </message>
    <message>
        <source>It is not a settings file: it is larger than %1.</source>
        <translation>Это не файл настроек: он больше %1.</translation>
    </message>
</context>
<context>
    <name>artgen::core::StackImages</name>
    <message>
        <source>%1 ran %2 (%3)</source>
        <translation>%1 работал на %2 (%3)</translation>
    </message>
    <message>
        <source>Could not keep %1 as %2: %3</source>
        <translation>Не удалось сохранить %1 под тегом %2: %3</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>нет ответа</translation>
    </message>
    <message>
        <source>Removed the rollback tag %1 of an older run.</source>
        <translation>Удалён тег отката %1 более старого запуска.</translation>
    </message>
</context>
<context>
    <name>artgen::core::StackMonitor</name>
    <message>
        <source>The event stream from Docker ended.</source>
        <translation>Поток событий от Docker прервался.</translation>
    </message>
    <message>
        <source>The daemon closed it (it may be restarting).</source>
        <translation>Демон закрыл его (возможно, он перезапускается).</translation>
    </message>
    <message>
        <source>The panel reconnects by itself.</source>
        <translation>Панель переподключится сама.</translation>
    </message>
    <message>
        <source>Docker refused the event stream.</source>
        <translation>Docker отказал в потоке событий.</translation>
    </message>
</context>
<context>
    <name>artgen::core::StackVerdict</name>
    <message numerus="yes">
        <source>%n of %1 services down</source>
        <translation>
            <numerusform>%n из %1 сервисов не работает</numerusform>
            <numerusform>%n из %1 сервисов не работают</numerusform>
            <numerusform>%n из %1 сервисов не работают</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 services unhealthy</source>
        <translation>
            <numerusform>%n из %1 сервисов не проходит проверку здоровья</numerusform>
            <numerusform>%n из %1 сервисов не проходят проверку здоровья</numerusform>
            <numerusform>%n из %1 сервисов не проходят проверку здоровья</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 services starting</source>
        <translation>
            <numerusform>%n из %1 сервисов запускается</numerusform>
            <numerusform>%n из %1 сервисов запускаются</numerusform>
            <numerusform>%n из %1 сервисов запускаются</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %n healthy</source>
        <translation>
            <numerusform>%n из %n в порядке</numerusform>
            <numerusform>%n из %n в порядке</numerusform>
            <numerusform>%n из %n в порядке</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>artgen::core::StartStep</name>
    <message>
        <source>compose up -d failed: %1</source>
        <translation>compose up -d завершился ошибкой: %1</translation>
    </message>
    <message>
        <source>%1 (%2): %3 %4</source>
        <translation>%1 (%2): %3 %4</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not healthy within %1 s: %2</source>
        <translation>Не стали исправными за %1 с: %2</translation>
    </message>
    <message numerus="yes">
        <source>All %n service(s) are running and healthy.</source>
        <translation>
            <numerusform>%n сервис работает и исправен.</numerusform>
            <numerusform>Все %n сервиса работают и исправны.</numerusform>
            <numerusform>Все %n сервисов работают и исправны.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last lines of %1&apos;s log:</source>
        <translation>Последние строки журнала %1:</translation>
    </message>
    <message numerus="yes">
        <source>%1 is crashing: it exited with code %2 and was restarted %n time(s) since compose up.</source>
        <translation>
            <numerusform>%1 падает: завершился с кодом %2 и после compose up перезапускался %n раз.</numerusform>
            <numerusform>%1 падает: завершился с кодом %2 и после compose up перезапускался %n раза.</numerusform>
            <numerusform>%1 падает: завершился с кодом %2 и после compose up перезапускался %n раз.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>artgen::core::StdinExec</name>
    <message numerus="yes">
        <source>%1 in %2 did not finish in %n second(s).</source>
        <translation>
            <numerusform>%1 в %2 не завершилась за %n секунду.</numerusform>
            <numerusform>%1 в %2 не завершилась за %n секунды.</numerusform>
            <numerusform>%1 в %2 не завершилась за %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check that the container is responsive, then try again.</source>
        <translation>Проверьте, что контейнер отвечает, и повторите попытку.</translation>
    </message>
</context>
<context>
    <name>artgen::core::StepContext</name>
    <message>
        <source>%1 gave no answer in time.</source>
        <translation>%1 не ответил вовремя.</translation>
    </message>
</context>
<context>
    <name>artgen::core::StepRecord</name>
    <message>
        <source>PENDING</source>
        <translation>ОЖИДАЕТ</translation>
    </message>
    <message>
        <source>RUNNING</source>
        <translation>ИДЁТ</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>ПРОЙДЕН</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>ВНИМАНИЕ</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>ОШИБКА</translation>
    </message>
    <message>
        <source>SKIPPED</source>
        <translation>ПРОПУЩЕН</translation>
    </message>
</context>
<context>
    <name>artgen::core::StopStep</name>
    <message>
        <source>compose down failed: %1</source>
        <translation>compose down завершился ошибкой: %1</translation>
    </message>
    <message>
        <source>Still running after compose down: %1</source>
        <translation>После compose down всё ещё работают: %1</translation>
    </message>
    <message>
        <source>Every container of project %1 is stopped and removed.</source>
        <translation>Все контейнеры проекта %1 остановлены и удалены.</translation>
    </message>
</context>
<context>
    <name>artgen::core::TerminalLauncher</name>
    <message>
        <source>No terminal emulator was found.</source>
        <translation>Эмулятор терминала не найден.</translation>
    </message>
    <message>
        <source>%1 could not be started.</source>
        <translation>Не удалось запустить %1.</translation>
    </message>
</context>
<context>
    <name>artgen::core::ThrowAwayContainer</name>
    <message>
        <source>Cannot start a throw-away container of %1.</source>
        <translation>Не удаётся запустить временный контейнер из %1.</translation>
    </message>
    <message>
        <source>Start the stack, or check that the image exists.</source>
        <translation>Запустите стек или проверьте, что образ существует.</translation>
    </message>
    <message>
        <source>create a container</source>
        <translation>создать контейнер</translation>
    </message>
    <message>
        <source>start a container</source>
        <translation>запустить контейнер</translation>
    </message>
</context>
<context>
    <name>artgen::core::TlsFailure</name>
    <message>
        <source>The TLS handshake with Docker at %1 failed.</source>
        <translation>Не удалось установить соединение TLS с Docker на %1.</translation>
    </message>
    <message>
        <source>The daemon&apos;s certificate has expired.</source>
        <translation>Срок действия сертификата демона истёк.</translation>
    </message>
    <message>
        <source>Renew the daemon&apos;s certificate (signed by the CA in %1).</source>
        <translation>Обновите сертификат демона (подписанный УЦ из %1).</translation>
    </message>
    <message>
        <source>The daemon&apos;s certificate is not valid yet.</source>
        <translation>Сертификат демона ещё не вступил в силу.</translation>
    </message>
    <message>
        <source>Check the clocks of this machine and of the Docker host.</source>
        <translation>Проверьте часы этой машины и хоста Docker.</translation>
    </message>
    <message>
        <source>The daemon&apos;s certificate is not signed by the CA in %1 (wrong CA).</source>
        <translation>Сертификат демона подписан не УЦ из %1 (не тот УЦ).</translation>
    </message>
    <message>
        <source>Choose the CA file that signed the daemon&apos;s certificate.</source>
        <translation>Выберите файл того УЦ, который подписал сертификат демона.</translation>
    </message>
    <message>
        <source>The daemon&apos;s certificate is not made out to %1.</source>
        <translation>Сертификат демона выписан не на %1.</translation>
    </message>
    <message>
        <source>Connect by a name the certificate lists, or reissue it.</source>
        <translation>Подключайтесь по имени, указанному в сертификате, или перевыпустите сертификат.</translation>
    </message>
    <message>
        <source>Check the CA file %1.</source>
        <translation>Проверьте файл УЦ %1.</translation>
    </message>
    <message>
        <source>Either the daemon&apos;s certificate is not signed by the CA in %1, or the daemon refused the client certificate %2 (%3).</source>
        <translation>Либо сертификат демона подписан не УЦ из %1, либо демон отверг клиентский сертификат %2 (%3).</translation>
    </message>
    <message>
        <source>Check that %1 signed the daemon&apos;s certificate and that the daemon trusts the CA of %2.</source>
        <translation>Проверьте, что %1 подписал сертификат демона и что демон доверяет УЦ сертификата %2.</translation>
    </message>
    <message>
        <source>The client certificate %1 expired on %2.</source>
        <translation>Срок действия клиентского сертификата %1 истёк %2.</translation>
    </message>
    <message>
        <source>Renew the client certificate.</source>
        <translation>Обновите клиентский сертификат.</translation>
    </message>
    <message>
        <source>The daemon refused the client certificate %1 (%2).</source>
        <translation>Демон отверг клиентский сертификат %1 (%2).</translation>
    </message>
    <message>
        <source>Use a client certificate signed by the CA the daemon trusts, with its key %1.</source>
        <translation>Используйте клиентский сертификат, подписанный УЦ, которому доверяет демон, и его ключ %1.</translation>
    </message>
</context>
<context>
    <name>artgen::core::UserPresetStore</name>
    <message>
        <source>Cannot read the presets file %1.</source>
        <translation>Не удаётся прочитать файл пресетов %1.</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions.</source>
        <translation>Проверьте права доступа к файлу.</translation>
    </message>
    <message>
        <source>The presets file %1 is not readable JSON.</source>
        <translation>Файл пресетов %1 не является корректным JSON.</translation>
    </message>
    <message>
        <source>Move the file aside and save the presets again.</source>
        <translation>Переместите файл в другое место и сохраните пресеты заново.</translation>
    </message>
    <message>
        <source>Cannot write the presets file %1.</source>
        <translation>Не удаётся записать файл пресетов %1.</translation>
    </message>
    <message>
        <source>Check the free space and the folder&apos;s permissions.</source>
        <translation>Проверьте свободное место и права доступа к папке.</translation>
    </message>
    <message>
        <source>There is no preset &quot;%1&quot;.</source>
        <translation>Пресета &quot;%1&quot; нет.</translation>
    </message>
    <message>
        <source>Run artgenctl config presets to see the presets.</source>
        <translation>Выполните artgenctl config presets, чтобы увидеть пресеты.</translation>
    </message>
    <message>
        <source>A preset needs a name.</source>
        <translation>У пресета должно быть имя.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in preset.</source>
        <translation>&quot;%1&quot; — встроенный пресет.</translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation>Выберите другое имя.</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; has no values.</source>
        <translation>В пресете &quot;%1&quot; нет значений.</translation>
    </message>
    <message>
        <source>Give KEY=VALUE settings, or save the current values.</source>
        <translation>Укажите параметры КЛЮЧ=ЗНАЧЕНИЕ или сохраните текущие значения.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a setting the editor knows</source>
        <translation>«%1» — неизвестная редактору настройка</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Ничего не сохранено.</translation>
    </message>
</context>
<context>
    <name>artgen::core::ValueRange</name>
    <message>
        <source>%L1 is out of range. Allowed: %L2–%L3.</source>
        <translation>%L1 — вне допустимого диапазона. Допустимо: %L2–%L3.</translation>
    </message>
</context>
<context>
    <name>artgen::core::VerifyJob</name>
    <message>
        <source>Verify %1</source>
        <translation>Проверка %1</translation>
    </message>
    <message>
        <source>%1 does not match its manifest.</source>
        <translation>%1 не совпадает со своим манифестом.</translation>
    </message>
    <message>
        <source>The SHA-256 differs: the file was changed or damaged after the backup.</source>
        <translation>SHA-256 отличается: файл изменён или повреждён после копирования.</translation>
    </message>
    <message>
        <source>Use another backup.</source>
        <translation>Используйте другую копию.</translation>
    </message>
    <message>
        <source>%1 is incomplete.</source>
        <translation>%1 неполный.</translation>
    </message>
    <message>
        <source>The dump does not end with pg_dump&apos;s &quot;dump complete&quot; line: it was cut off.</source>
        <translation>Дамп не заканчивается строкой pg_dump «dump complete»: он обрезан.</translation>
    </message>
    <message>
        <source>%1 is complete and matches its manifest.</source>
        <translation>%1 полный и совпадает со своим манифестом.</translation>
    </message>
    <message>
        <source>%1 is complete.</source>
        <translation>%1 полный.</translation>
    </message>
    <message>
        <source>%1 cannot be checked completely here.</source>
        <translation>%1 нельзя полностью проверить здесь.</translation>
    </message>
    <message>
        <source>A custom-format archive without a manifest is read through by pg_restore in the postgres container, and Docker is not reachable.</source>
        <translation>Архив формата custom без манифеста читается целиком pg_restore в контейнере postgres, а Docker недоступен.</translation>
    </message>
    <message>
        <source>Start the stack and verify again.</source>
        <translation>Запустите стек и проверьте снова.</translation>
    </message>
    <message>
        <source>%1 is damaged or incomplete.</source>
        <translation>%1 повреждён или неполный.</translation>
    </message>
    <message>
        <source>%1 is complete (pg_restore read all of it).</source>
        <translation>%1 полный (pg_restore прочитал его целиком).</translation>
    </message>
</context>
<context>
    <name>artgen::core::WorkersStep</name>
    <message>
        <source>The configuration files could not be read.</source>
        <translation>Не удалось прочитать файлы конфигурации.</translation>
    </message>
    <message>
        <source>The workers could not be counted.</source>
        <translation>Не удалось подсчитать воркеры.</translation>
    </message>
    <message>
        <source>gunicorn: %1 master + %2 workers; the files set %3 (%4:%5)</source>
        <translation>gunicorn: мастер-процессов %1 + воркеров %2; в файлах задано %3 (%4:%5)</translation>
    </message>
    <message>
        <source>Celery: %1 pool processes; the files set concurrency %2 (%3:%4)</source>
        <translation>Celery: процессов пула %1; в файлах задан concurrency %2 (%3:%4)</translation>
    </message>
    <message>
        <source>the backend was started with --workers %1, the files say %2: the change is not applied</source>
        <translation>бэкенд запущен с --workers %1, а в файлах %2: изменение не применено</translation>
    </message>
    <message>
        <source>Celery was started with --concurrency %1, the files say %2: the change is not applied</source>
        <translation>Celery запущен с --concurrency %1, а в файлах %2: изменение не применено</translation>
    </message>
    <message>
        <source>gunicorn runs %1 master(s) and %2 worker(s), expected 1 and %3</source>
        <translation>у gunicorn работает мастер-процессов %1 и воркеров %2, ожидалось 1 и %3</translation>
    </message>
    <message>
        <source>Celery runs %1 pool processes, expected %2</source>
        <translation>у Celery работает процессов пула %1, ожидалось %2</translation>
    </message>
    <message>
        <source>gunicorn 1 + %1 workers and Celery %2 processes, as configured.</source>
        <translation>gunicorn 1 + %1 воркеров и Celery %2 процессов — как в конфигурации.</translation>
    </message>
</context>
<context>
    <name>artgen::gui::AlertNotifier</name>
    <message>
        <source>%1: back to normal</source>
        <translation>%1: снова в норме</translation>
    </message>
    <message>
        <source>%1: alert</source>
        <translation>%1: тревога</translation>
    </message>
</context>
<context>
    <name>artgen::gui::AlertSettingsDialog</name>
    <message>
        <source>Thresholds and alerts — %1</source>
        <translation>Пороги и оповещения — %1</translation>
    </message>
    <message>
        <source>Levels for this profile&apos;s charts, cards and alerts. The defaults are the deployment instructions&apos; checks: PostgreSQL under 100 connections, Redis under 50 clients. 0 turns a level off. Alerts go to the tray and to the alert log.</source>
        <translation>Уровни для графиков, карточек и оповещений этого профиля. По умолчанию — проверки из инструкции по развёртыванию: у PostgreSQL меньше 100 подключений, у Redis меньше 50 клиентов. 0 отключает уровень. Оповещения показываются в трее и пишутся в журнал оповещений.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>выкл.</translation>
    </message>
    <message>
        <source>PostgreSQL warning at (connections):</source>
        <translation>Предупреждение PostgreSQL при (подключений):</translation>
    </message>
    <message>
        <source>PostgreSQL critical at (% of max_connections):</source>
        <translation>Критично для PostgreSQL при (% от max_connections):</translation>
    </message>
    <message>
        <source>Redis warning at (clients):</source>
        <translation>Предупреждение Redis при (клиентов):</translation>
    </message>
    <message>
        <source>Redis critical at (clients):</source>
        <translation>Критично для Redis при (клиентов):</translation>
    </message>
    <message>
        <source>Alert when held for:</source>
        <translation>Оповещать, если держится:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Clear when back for:</source>
        <translation>Снимать, если в норме:</translation>
    </message>
    <message>
        <source>API down after failed probes in a row:</source>
        <translation>API недоступен после неудачных проверок подряд:</translation>
    </message>
    <message>
        <source>Mute every alert of this profile</source>
        <translation>Отключить все оповещения этого профиля</translation>
    </message>
    <message>
        <source>Mute threshold alerts</source>
        <translation>Отключить оповещения о порогах</translation>
    </message>
    <message>
        <source>Mute alerts about containers that die</source>
        <translation>Отключить оповещения об упавших контейнерах</translation>
    </message>
    <message>
        <source>Mute alerts about the API</source>
        <translation>Отключить оповещения об API</translation>
    </message>
</context>
<context>
    <name>artgen::gui::AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>За последний час</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>За последние 24 часа</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>За 7 дней</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>За 30 дней</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Исход</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>Все профили</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Все действия</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Все исходы</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) shown.</source>
        <translation>
            <numerusform>Показана %n запись.</numerusform>
            <numerusform>Показаны %n записи.</numerusform>
            <numerusform>Показано %n записей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be read.</source>
        <translation>
            <numerusform>%n строку не удалось прочитать.</numerusform>
            <numerusform>%n строки не удалось прочитать.</numerusform>
            <numerusform>%n строк не удалось прочитать.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 File: %2</source>
        <translation>%1 Файл: %2</translation>
    </message>
</context>
<context>
    <name>artgen::gui::BackupCatalogModel</name>
    <message>
        <source>unverified</source>
        <translation>не проверена</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>повреждена</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>только что</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n минуту назад</numerusform>
            <numerusform>%n минуты назад</numerusform>
            <numerusform>%n минут назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n час назад</numerusform>
            <numerusform>%n часа назад</numerusform>
            <numerusform>%n часов назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n день назад</numerusform>
            <numerusform>%n дня назад</numerusform>
            <numerusform>%n дней назад</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No manifest: the backup did not finish here or was copied without it. Verify it before relying on it.</source>
        <translation>Манифеста нет: копирование здесь не завершилось или файл скопирован без него. Проверьте копию, прежде чем на неё полагаться.</translation>
    </message>
    <message>
        <source>The file&apos;s size differs from its manifest: it was cut or changed after the backup. Do not restore it.</source>
        <translation>Размер файла не совпадает с манифестом: файл обрезан или изменён после копирования. Не восстанавливайте его.</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 байт</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>size ok</source>
        <translation>размер в норме</translation>
    </message>
    <message>
        <source>The file&apos;s size matches its manifest, so it was not cut. Its checksum is compared only by Verify, which reads the whole file.</source>
        <translation>Размер файла совпадает с манифестом, значит, он не обрезан. Контрольную сумму сверяет только «Проверить», читая весь файл.</translation>
    </message>
    <message>
        <source>Plain SQL (.sql)</source>
        <translation>SQL (.sql)</translation>
    </message>
    <message>
        <source>SQL, gzip (.sql.gz)</source>
        <translation>SQL, gzip (.sql.gz)</translation>
    </message>
    <message>
        <source>SQL, zstd (.sql.zst)</source>
        <translation>SQL, zstd (.sql.zst)</translation>
    </message>
    <message>
        <source>PostgreSQL custom (.dump)</source>
        <translation>PostgreSQL custom (.dump)</translation>
    </message>
</context>
<context>
    <name>artgen::gui::BackupsController</name>
    <message>
        <source>Backing up database %1…</source>
        <translation>Резервное копирование базы %1…</translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation>Проверка %1…</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 удалена.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored.</source>
        <translation>Копию %1 нельзя восстановить.</translation>
    </message>
    <message>
        <source>The file does not exist or is not a regular file.</source>
        <translation>Файла нет, или это не обычный файл.</translation>
    </message>
    <message>
        <source>Refresh the list or pick another file.</source>
        <translation>Обновите список или выберите другой файл.</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Ничего не восстановлено.</translation>
    </message>
    <message>
        <source>The active profile changed while the restore dialog was open.</source>
        <translation>Активный профиль сменился, пока было открыто окно восстановления.</translation>
    </message>
    <message>
        <source>Open Restore again on the profile you mean.</source>
        <translation>Откройте восстановление снова в нужном профиле.</translation>
    </message>
    <message>
        <source>Restoring %1 into %2…</source>
        <translation>Восстановление %1 в %2…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was left half-done.</source>
        <translation>Отменено. Ничего не осталось сделанным наполовину.</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2) in %3.</source>
        <translation>Копия записана в %1 (%2) за %3.</translation>
    </message>
    <message numerus="yes">
        <source>Verified: %n table(s), checksum in the manifest.</source>
        <translation>
            <numerusform>Проверено: %n таблица, контрольная сумма в манифесте.</numerusform>
            <numerusform>Проверено: %n таблицы, контрольная сумма в манифесте.</numerusform>
            <numerusform>Проверено: %n таблиц, контрольная сумма в манифесте.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retention removed %n older backup(s).</source>
        <translation>
            <numerusform>Правило хранения удалило %n старую копию.</numerusform>
            <numerusform>Правило хранения удалило %n старые копии.</numerusform>
            <numerusform>Правило хранения удалило %n старых копий.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored %1 into %2 in %3.</source>
        <translation>%1 восстановлена в %2 за %3.</translation>
    </message>
    <message>
        <source>The file has no manifest, so row counts were not compared.</source>
        <translation>У файла нет манифеста, поэтому число строк не сравнивалось.</translation>
    </message>
    <message numerus="yes">
        <source>Row counts match the manifest in all %n table(s).</source>
        <translation>
            <numerusform>Число строк совпадает с манифестом в %n таблице.</numerusform>
            <numerusform>Число строк совпадает с манифестом во всех %n таблицах.</numerusform>
            <numerusform>Число строк совпадает с манифестом во всех %n таблицах.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 rows in the backup, %3 now</source>
        <translation>%1: строк в копии — %2, сейчас — %3</translation>
    </message>
    <message numerus="yes">
        <source>But row counts differ from the manifest in %n table(s):</source>
        <translation>
            <numerusform>Но число строк расходится с манифестом в %n таблице:</numerusform>
            <numerusform>Но число строк расходится с манифестом в %n таблицах:</numerusform>
            <numerusform>Но число строк расходится с манифестом в %n таблицах:</numerusform>
        </translation>
    </message>
    <message>
        <source>Safety backup of the previous state: %1</source>
        <translation>Страховочная копия прежнего состояния: %1</translation>
    </message>
    <message>
        <source>Started again: %1.</source>
        <translation>Снова запущены: %1.</translation>
    </message>
</context>
<context>
    <name>artgen::gui::BackupsPage</name>
    <message>
        <source>Back up now</source>
        <translation>Создать копию</translation>
    </message>
    <message>
        <source>Dump the stack&apos;s database into the backup folder, verified, with a manifest.</source>
        <translation>Выгрузить базу данных стека в папку копий, с проверкой и манифестом.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Read the whole file again and check it against its manifest.</source>
        <translation>Прочитать весь файл заново и сверить с манифестом.</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Восстановить…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Restore from file…</source>
        <translation>Восстановить из файла…</translation>
    </message>
    <message>
        <source>No active profile — add one in Settings.</source>
        <translation>Нет активного профиля — добавьте его в настройках.</translation>
    </message>
    <message>
        <source>Backups in %1 — reading…</source>
        <translation>Копии в %1 — чтение…</translation>
    </message>
    <message>
        <source>No backups in %1 yet. “Back up now” makes the first one.</source>
        <translation>В %1 пока нет копий. Кнопка «Создать копию» сделает первую.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in %1, %2 in all.</source>
        <translation>
            <numerusform>%n копия в %1, всего %2.</numerusform>
            <numerusform>%n копии в %1, всего %2.</numerusform>
            <numerusform>%n копий в %1, всего %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the backup?</source>
        <translation>Удалить копию?</translation>
    </message>
    <message>
        <source>Delete %1 and its manifest from %2? This cannot be undone.</source>
        <translation>Удалить %1 и её манифест из %2? Это нельзя отменить.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Восстановить из файла копии</translation>
    </message>
    <message>
        <source>Database backups (*.sql *.sql.gz *.sql.zst *.dump);;All files (*)</source>
        <translation>Резервные копии базы (*.sql *.sql.gz *.sql.zst *.dump);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Check the backup folder in Settings.</source>
        <translation>Проверьте папку копий в настройках.</translation>
    </message>
    <message>
        <source>Open %1 in a file manager or terminal yourself, or set a default file manager for folders in the desktop&apos;s settings.</source>
        <translation>Откройте %1 в файловом менеджере или терминале сами либо задайте файловый менеджер по умолчанию в настройках рабочего стола.</translation>
    </message>
    <message>
        <source>Restore the selected backup into the stack&apos;s database, after a check and a confirmation.</source>
        <translation>Восстановить выбранную копию в базу данных стека — после проверки и подтверждения.</translation>
    </message>
    <message>
        <source>Delete the selected backup and its manifest, after a confirmation.</source>
        <translation>Удалить выбранную копию и её манифест — после подтверждения.</translation>
    </message>
    <message>
        <source>Choose a backup file anywhere on this computer and restore it.</source>
        <translation>Выбрать файл резервной копии в любом месте на этом компьютере и восстановить его.</translation>
    </message>
    <message>
        <source>Read the backup folder again.</source>
        <translation>Перечитать папку резервных копий.</translation>
    </message>
    <message>
        <source>Open the backup folder in the file manager.</source>
        <translation>Открыть папку резервных копий в файловом менеджере.</translation>
    </message>
    <message>
        <source>The format of the next backup; the profile&apos;s default is chosen first.</source>
        <translation>Формат следующей копии; сначала выбран формат по умолчанию из профиля.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>The backups in the folder, newest first. A double-click verifies one; the Menu key or Shift+F10 opens its actions.</source>
        <translation>Резервные копии в папке, новые сверху. Двойной щелчок проверяет копию; клавиша контекстного меню или Shift+F10 открывает действия с ней.</translation>
    </message>
    <message>
        <source>Restore into a production database?</source>
        <translation>Восстановить в базу рабочего стека?</translation>
    </message>
    <message>
        <source>The restore replaces data in database %1 of “%2”; clients see it at once.</source>
        <translation>Восстановление заменит данные в базе %1 профиля «%2»; клиенты увидят это сразу.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
</context>
<context>
    <name>artgen::gui::ChartsController</name>
    <message>
        <source>active</source>
        <translation>активны</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>простаивают</translation>
    </message>
    <message>
        <source>idle in tx</source>
        <translation>простой в транз.</translation>
    </message>
    <message>
        <source>aborted tx</source>
        <translation>прерв. транз.</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другие</translation>
    </message>
    <message>
        <source>clients</source>
        <translation>клиенты</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>заблокированы</translation>
    </message>
    <message>
        <source>operations/s</source>
        <translation>операций/с</translation>
    </message>
    <message>
        <source>used</source>
        <translation>занято</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>МиБ</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>в очереди</translation>
    </message>
    <message>
        <source>latency</source>
        <translation>задержка</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>мс</translation>
    </message>
    <message>
        <source>warn %L1</source>
        <translation>предупр. %L1</translation>
    </message>
    <message>
        <source>max %L1</source>
        <translation>макс. %L1</translation>
    </message>
    <message>
        <source>authentication failed</source>
        <translation>ошибка входа</translation>
    </message>
    <message>
        <source>connection limit reached</source>
        <translation>лимит подключений</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>нет ответа</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>недоступен</translation>
    </message>
    <message>
        <source>no figures</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>Monitoring is off.</source>
        <translation>Наблюдение выключено.</translation>
    </message>
    <message>
        <source>%L1 of %L2 slots free · warning at %L3</source>
        <translation>свободно %L1 из %L2 мест · предупреждение при %L3</translation>
    </message>
    <message>
        <source>warning at %L1 · %L2 ops/s · %3</source>
        <translation>предупреждение при %L1 · %L2 оп/с · %3</translation>
    </message>
    <message>
        <source>Asking the workers…</source>
        <translation>Опрос обработчиков…</translation>
    </message>
    <message numerus="yes">
        <source>busy · %Ln worker(s) · %1 queued</source>
        <translation>
            <numerusform>занято · %Ln обработчик · в очереди %1</numerusform>
            <numerusform>занято · %Ln обработчика · в очереди %1</numerusform>
            <numerusform>занято · %Ln обработчиков · в очереди %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Probing…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>HTTP %1 from %2</source>
        <translation>HTTP %1 от %2</translation>
    </message>
    <message>
        <source>Listing…</source>
        <translation>Получение списка…</translation>
    </message>
    <message>
        <source>running · CPU %1 % · memory %2</source>
        <translation>работают · ЦП %1 % · память %2</translation>
    </message>
    <message>
        <source>The image could not be encoded.</source>
        <translation>Не удалось закодировать изображение.</translation>
    </message>
</context>
<context>
    <name>artgen::gui::ChartsPage</name>
    <message>
        <source>Saved to %1</source>
        <translation>Сохранено в %1</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Не удалось сохранить %1: %2</translation>
    </message>
    <message>
        <source>Terminate session</source>
        <translation>Завершить сеанс</translation>
    </message>
    <message>
        <source>End session %1 of %2 (%3, %4)? Its transaction, if any, is rolled back and its client is disconnected.</source>
        <translation>Завершить сеанс %1 пользователя %2 (%3, %4)? Его транзакция, если есть, будет отменена, а клиент отключён.</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Завершить сеанс</translation>
    </message>
    <message>
        <source>Session %1 had already ended.</source>
        <translation>Сеанс %1 уже завершился.</translation>
    </message>
    <message>
        <source>Session %1 was ended.</source>
        <translation>Сеанс %1 завершён.</translation>
    </message>
    <message>
        <source>PostgreSQL monitoring is not running for this profile.</source>
        <translation>Наблюдение за PostgreSQL для этого профиля не запущено.</translation>
    </message>
    <message>
        <source>PostgreSQL monitoring stopped.</source>
        <translation>Наблюдение за PostgreSQL остановлено.</translation>
    </message>
    <message>
        <source>The profile was switched or closed.</source>
        <translation>Профиль переключён или закрыт.</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Экспорт в PNG…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Экспорт графика</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>Export data as CSV…</source>
        <translation>Экспорт данных в CSV…</translation>
    </message>
    <message>
        <source>Export chart data</source>
        <translation>Экспорт данных графика</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>PostgreSQL sessions</source>
        <translation>Сеансы PostgreSQL</translation>
    </message>
    <message>
        <source>Redis clients</source>
        <translation>Клиенты Redis</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Refresh the sessions</source>
        <translation>Обновить сеансы</translation>
    </message>
    <message>
        <source>Terminate session…</source>
        <translation>Завершить сеанс…</translation>
    </message>
    <message>
        <source>Refresh the Redis clients</source>
        <translation>Обновить клиентов Redis</translation>
    </message>
    <message>
        <source>Choose a profile in Settings first.</source>
        <translation>Сначала выберите профиль в настройках.</translation>
    </message>
    <message>
        <source>Thresholds saved for %1.</source>
        <translation>Пороги сохранены для %1.</translation>
    </message>
    <message>
        <source>End session %1 on “%2”?</source>
        <translation>Завершить сеанс %1 в «%2»?</translation>
    </message>
</context>
<context>
    <name>artgen::gui::ChartsView</name>
    <message>
        <source>Window:</source>
        <translation>Окно:</translation>
    </message>
    <message>
        <source>5 min</source>
        <translation>5 мин</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 ч</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 ч</translation>
    </message>
    <message>
        <source>Show the last %1</source>
        <translation>Показать последние %1</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Stop moving the charts; sampling and alerts go on.</source>
        <translation>Остановить движение графиков; сбор данных и оповещения продолжаются.</translation>
    </message>
    <message>
        <source>Terminate idle connections…</source>
        <translation>Завершить простаивающие…</translation>
    </message>
    <message>
        <source>End PostgreSQL sessions idle for longer than a limit you choose; lists them first.</source>
        <translation>Завершает сеансы PostgreSQL, простаивающие дольше выбранного предела; сначала показывает их список.</translation>
    </message>
    <message>
        <source>PostgreSQL connections</source>
        <translation>Подключения к PostgreSQL</translation>
    </message>
    <message>
        <source>Redis clients</source>
        <translation>Клиенты Redis</translation>
    </message>
    <message>
        <source>Celery</source>
        <translation>Celery</translation>
    </message>
    <message>
        <source>API health</source>
        <translation>Состояние API</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Контейнеры</translation>
    </message>
    <message>
        <source>PostgreSQL connections by state</source>
        <translation>Подключения PostgreSQL по состояниям</translation>
    </message>
    <message>
        <source>Redis operations per second</source>
        <translation>Операции Redis в секунду</translation>
    </message>
    <message>
        <source>Redis memory</source>
        <translation>Память Redis</translation>
    </message>
    <message>
        <source>Celery queue and active tasks</source>
        <translation>Очередь Celery и активные задачи</translation>
    </message>
    <message>
        <source>API latency</source>
        <translation>Задержка API</translation>
    </message>
    <message>
        <source>CPU per container</source>
        <translation>ЦП по контейнерам</translation>
    </message>
    <message>
        <source>Memory per container</source>
        <translation>Память по контейнерам</translation>
    </message>
    <message>
        <source>Thresholds and alerts…</source>
        <translation>Пороги и оповещения…</translation>
    </message>
    <message>
        <source>This profile&apos;s warning and critical levels, hold times and muted alerts.</source>
        <translation>Уровни предупреждения и критичности этого профиля, время удержания и отключённые оповещения.</translation>
    </message>
</context>
<context>
    <name>artgen::gui::ConfigApplyFlow</name>
    <message>
        <source>Rolling back the configuration of %1…</source>
        <translation>Откат конфигурации профиля %1…</translation>
    </message>
    <message>
        <source>Applying the configuration to %1…</source>
        <translation>Применение конфигурации к профилю %1…</translation>
    </message>
</context>
<context>
    <name>artgen::gui::ConfigConfirmations</name>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Apply the configuration change?</source>
        <translation>Применить изменение конфигурации?</translation>
    </message>
    <message numerus="yes">
        <source>Apply %n setting(s) to profile %1?</source>
        <translation>
            <numerusform>Применить %n параметр к профилю %1?</numerusform>
            <numerusform>Применить %n параметра к профилю %1?</numerusform>
            <numerusform>Применить %n параметров к профилю %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>The new files are checked first (nginx -t, compose config, a Python compile); if a check fails, nothing is written. Files to write (the previous versions are kept): %1.</source>
        <translation>Сначала новые файлы проверяются (nginx -t, compose config, компиляция Python); если проверка не пройдена, ничего не записывается. Будут записаны файлы (предыдущие версии сохраняются): %1.</translation>
    </message>
    <message>
        <source>Then, for the stack to use them:</source>
        <translation>Затем, чтобы стек начал их использовать:</translation>
    </message>
    <message>
        <source>Reload and restart now</source>
        <translation>Перезагрузить и перезапустить сейчас</translation>
    </message>
    <message>
        <source>Unchecked, the files are written and recorded only; the page then says what must still happen.</source>
        <translation>Если флажок снят, файлы только записываются и вносятся в историю; страница затем подскажет, что ещё нужно сделать.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Roll back the configuration?</source>
        <translation>Откатить конфигурацию?</translation>
    </message>
    <message>
        <source>Put the files of profile %1 back as they were before the change of %2 (%3)?</source>
        <translation>Вернуть файлы профиля %1 к состоянию до изменения от %2 (%3)?</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Откатить</translation>
    </message>
    <message>
        <source>Back to git HEAD?</source>
        <translation>Вернуть к git HEAD?</translation>
    </message>
    <message>
        <source>The stack folder of profile %1 is kept in git (%2). git status of the configuration files:
%3
Restore them as they are at HEAD?</source>
        <translation>Папка стека профиля %1 хранится в git (%2). git status файлов конфигурации:
%3
Восстановить их в том виде, в каком они в HEAD?</translation>
    </message>
    <message>
        <source>Restore from HEAD</source>
        <translation>Восстановить из HEAD</translation>
    </message>
</context>
<context>
    <name>artgen::gui::ConfigController</name>
    <message>
        <source>There is no active profile.</source>
        <translation>Нет активного профиля.</translation>
    </message>
    <message>
        <source>Add a profile for the stack in Settings.</source>
        <translation>Добавьте профиль стека в настройках.</translation>
    </message>
</context>
<context>
    <name>artgen::gui::ConfigDiffDialog</name>
    <message>
        <source>Changes to the configuration files</source>
        <translation>Изменения в файлах конфигурации</translation>
    </message>
    <message>
        <source>The edits change no file: every value is already as asked.</source>
        <translation>Правки не меняют ни одного файла: все значения уже такие, как нужно.</translation>
    </message>
    <message>
        <source>What applying the edits writes, as a unified diff per file. Nothing has been written yet.</source>
        <translation>Что будет записано при применении правок — unified diff для каждого файла. Пока ничего не записано.</translation>
    </message>
    <message>
        <source>Changes to %1</source>
        <translation>Изменения в %1</translation>
    </message>
</context>
<context>
    <name>artgen::gui::ConfigForm</name>
    <message>
        <source>(absent)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>%1 (not in the file)</source>
        <translation>%1 (в файле нет)</translation>
    </message>
    <message>
        <source>%1:%2, at the top level</source>
        <translation>%1:%2, на верхнем уровне</translation>
    </message>
    <message>
        <source>%1:%2, in %3</source>
        <translation>%1:%2, в блоке %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Change all %n places</source>
        <translation>
            <numerusform>Изменить во всех %n месте</numerusform>
            <numerusform>Изменить во всех %n местах</numerusform>
            <numerusform>Изменить во всех %n местах</numerusform>
        </translation>
    </message>
    <message>
        <source>The directive is written in several blocks:
%1
A change edits the one named above unless this is checked.</source>
        <translation>Директива записана в нескольких блоках:
%1
Без этого флажка изменяется только блок, указанный выше.</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Параметр</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Новое значение</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Допустимо</translation>
    </message>
    <message>
        <source>Where in the file</source>
        <translation>Где в файле</translation>
    </message>
    <message>
        <source>%1
Allowed: %2.</source>
        <translation>%1
Допустимо: %2.</translation>
    </message>
</context>
<context>
    <name>artgen::gui::ConfigHistoryModel</name>
    <message>
        <source>preset</source>
        <translation>предустановка</translation>
    </message>
    <message>
        <source>rollback</source>
        <translation>откат</translation>
    </message>
    <message>
        <source>back to git HEAD</source>
        <translation>возврат к git HEAD</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>правка</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Changed settings</source>
        <translation>Изменённые параметры</translation>
    </message>
</context>
<context>
    <name>artgen::gui::ConfigurationPage</name>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Предустановка:</translation>
    </message>
    <message>
        <source>Values from the deployment instructions, set in the form as edits; nothing is written until Apply.</source>
        <translation>Значения из инструкции по развёртыванию; они вносятся в форму как правки, и ничего не записывается до «Применить».</translation>
    </message>
    <message>
        <source>Use preset</source>
        <translation>Подставить</translation>
    </message>
    <message>
        <source>Put the preset&apos;s values into the form as edits.</source>
        <translation>Внести значения предустановки в форму как правки.</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>Сохранить как предустановку…</translation>
    </message>
    <message>
        <source>Keep the form&apos;s values as a preset of your own.</source>
        <translation>Сохранить значения формы как собственную предустановку.</translation>
    </message>
    <message>
        <source>Read files again</source>
        <translation>Перечитать файлы</translation>
    </message>
    <message>
        <source>Read the four files from the stack folder again; your edits stay.</source>
        <translation>Заново прочитать четыре файла из папки стека; ваши правки сохранятся.</translation>
    </message>
    <message>
        <source>PostgreSQL connections at worst</source>
        <translation>Соединения с PostgreSQL в худшем случае</translation>
    </message>
    <message>
        <source>Discard edits</source>
        <translation>Отменить правки</translation>
    </message>
    <message>
        <source>Put every field back to the value in its file.</source>
        <translation>Вернуть во всех полях значения из файлов.</translation>
    </message>
    <message>
        <source>Show changes…</source>
        <translation>Показать изменения…</translation>
    </message>
    <message>
        <source>The edits as a unified diff of each file they change.</source>
        <translation>Правки в виде unified diff для каждого изменяемого файла.</translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation>Применить…</translation>
    </message>
    <message>
        <source>Validate the changed files, write them (the previous version is kept) and make the stack use them, after a confirmation.</source>
        <translation>После подтверждения проверить изменённые файлы, записать их (предыдущая версия сохраняется) и заставить стек их использовать.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <source>Roll back…</source>
        <translation>Откатить…</translation>
    </message>
    <message>
        <source>Put the files back as they were before the selected change.</source>
        <translation>Вернуть файлы к состоянию до выбранного изменения.</translation>
    </message>
    <message>
        <source>Back to git HEAD…</source>
        <translation>Вернуть к git HEAD…</translation>
    </message>
    <message>
        <source>Applied changes</source>
        <translation>Применённые изменения</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Предустановка</translation>
    </message>
    <message>
        <source>Files, history and output</source>
        <translation>Файлы, история и вывод</translation>
    </message>
    <message>
        <source>Not available: the stack folder is not kept in a git repository.</source>
        <translation>Недоступно: папка стека не хранится в git-репозитории.</translation>
    </message>
    <message>
        <source>The instructions&apos; rollback &quot;Option 1&quot;: show git status and the diff of the four files, then restore them from HEAD.</source>
        <translation>Откат «Вариант 1» из инструкции: показать git status и diff четырёх файлов, затем восстановить их из HEAD.</translation>
    </message>
    <message>
        <source>No active profile — add one in Settings.</source>
        <translation>Нет активного профиля — добавьте его в настройках.</translation>
    </message>
    <message>
        <source>Reading the configuration files of %1…</source>
        <translation>Чтение файлов конфигурации из %1…</translation>
    </message>
    <message>
        <source>The files changed on disk. The form shows their new values; your edits are kept on top of them — check them before you apply.</source>
        <translation>Файлы изменились на диске. Форма показывает их новые значения, а ваши правки сохранены поверх — проверьте их перед применением.</translation>
    </message>
    <message>
        <source>A value is not allowed; the field says why.</source>
        <translation>Одно из значений недопустимо; причина указана у поля.</translation>
    </message>
    <message>
        <source>The edits change no file.</source>
        <translation>Правки не меняют ни одного файла.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) to change: %1.</source>
        <translation>
            <numerusform>Будет изменён %n файл: %1.</numerusform>
            <numerusform>Будут изменены %n файла: %1.</numerusform>
            <numerusform>Будут изменены %n файлов: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No edits: the form shows the files as they are.</source>
        <translation>Правок нет: форма показывает файлы как есть.</translation>
    </message>
    <message>
        <source>The workers or the pool sizes cannot be read from the files, so the connections cannot be counted.</source>
        <translation>Число воркеров или размеры пула не удаётся прочитать из файлов, поэтому соединения нельзя подсчитать.</translation>
    </message>
    <message>
        <source>max_connections is the server&apos;s own, read just now.</source>
        <translation>max_connections взят с самого сервера, только что.</translation>
    </message>
    <message>
        <source>The server does not answer now, so this counts with the demo stack&apos;s max_connections of %1 (%2 reserved).</source>
        <translation>Сервер сейчас не отвечает, поэтому расчёт ведётся по max_connections демо-стека: %1 (%2 зарезервировано).</translation>
    </message>
    <message>
        <source>Discard the configuration edits?</source>
        <translation>Отменить правки конфигурации?</translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) of profile %1 were edited on the Configuration page and not applied. Quitting discards the edits.</source>
        <translation>
            <numerusform>На странице «Конфигурация» изменён %n параметр профиля %1, и он не применён. При выходе правки будут отменены.</numerusform>
            <numerusform>На странице «Конфигурация» изменены %n параметра профиля %1, и они не применены. При выходе правки будут отменены.</numerusform>
            <numerusform>На странице «Конфигурация» изменены %n параметров профиля %1, и они не применены. При выходе правки будут отменены.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) of profile %1 were edited on the Configuration page and not applied. Switching the profile discards the edits.</source>
        <translation>
            <numerusform>На странице «Конфигурация» изменён %n параметр профиля %1, и он не применён. При смене профиля правки будут отменены.</numerusform>
            <numerusform>На странице «Конфигурация» изменены %n параметра профиля %1, и они не применены. При смене профиля правки будут отменены.</numerusform>
            <numerusform>На странице «Конфигурация» изменены %n параметров профиля %1, и они не применены. При смене профиля правки будут отменены.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard and quit</source>
        <translation>Отменить правки и выйти</translation>
    </message>
    <message>
        <source>Discard and switch</source>
        <translation>Отменить правки и переключить</translation>
    </message>
    <message>
        <source>Saved the preset “%1”.</source>
        <translation>Предустановка «%1» сохранена.</translation>
    </message>
    <message>
        <source>The files already are as they were before that change.</source>
        <translation>Файлы уже в том состоянии, в каком были до этого изменения.</translation>
    </message>
    <message>
        <source>The four files are as at git HEAD: nothing to roll back.</source>
        <translation>Четыре файла совпадают с git HEAD: откатывать нечего.</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>Сохранить как предустановку</translation>
    </message>
    <message numerus="yes">
        <source>A name for the form&apos;s %n value(s):</source>
        <translation>
            <numerusform>Название для %n значения формы:</numerusform>
            <numerusform>Название для %n значений формы:</numerusform>
            <numerusform>Название для %n значений формы:</numerusform>
        </translation>
    </message>
    <message>
        <source>Applied: %1.</source>
        <translation>Применено: %1.</translation>
    </message>
    <message>
        <source>Done and checked: %1.</source>
        <translation>Сделано и проверено: %1.</translation>
    </message>
    <message>
        <source>Still to do for the stack to use the new files: %1</source>
        <translation>Что ещё нужно сделать, чтобы стек использовал новые файлы: %1</translation>
    </message>
    <message>
        <source>Cancelled. What the output shows was done; the history says what was written.</source>
        <translation>Отменено. Сделано то, что показано в выводе; что было записано, видно в истории.</translation>
    </message>
    <message>
        <source>Roll back the configuration</source>
        <translation>Откат конфигурации</translation>
    </message>
    <message>
        <source>The stack&apos;s files go back to how they were before that change, and the services concerned are reloaded or restarted.</source>
        <translation>Файлы стека вернутся к состоянию до этого изменения, а затронутые сервисы будут перезагружены или перезапущены.</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Откатить</translation>
    </message>
    <message>
        <source>The four files go back to git HEAD, and the services concerned are reloaded or restarted.</source>
        <translation>Четыре файла вернутся к git HEAD, а затронутые сервисы будут перезагружены или перезапущены.</translation>
    </message>
</context>
<context>
    <name>artgen::gui::ContainerDetailsDialog</name>
    <message>
        <source>Details of %1</source>
        <translation>Подробности: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Reveal secrets</source>
        <translation>Показать секреты</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Контейнер</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Образ</translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation>ID образа</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>Код завершения</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Запущен</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Завершён</translation>
    </message>
    <message>
        <source>Restart policy</source>
        <translation>Политика перезапуска</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>Проверка работоспособности</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>no health check</source>
        <translation>проверки работоспособности нет</translation>
    </message>
    <message>
        <source>exit code %1: %2</source>
        <translation>код завершения %1: %2</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Переменные окружения</translation>
    </message>
    <message>
        <source>Mounts</source>
        <translation>Точки монтирования</translation>
    </message>
    <message>
        <source>rw</source>
        <translation>чтение и запись</translation>
    </message>
    <message>
        <source>ro</source>
        <translation>только чтение</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Сети</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>адреса нет</translation>
    </message>
    <message>
        <source>%1, aliases: %2</source>
        <translation>%1, псевдонимы: %2</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Hide secrets</source>
        <translation>Скрыть секреты</translation>
    </message>
    <message>
        <source>The container&apos;s settings and state by section; secrets stay masked until revealed.</source>
        <translation>Настройки и состояние контейнера по разделам; секреты скрыты, пока их не показать.</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>код завершения %1</translation>
    </message>
</context>
<context>
    <name>artgen::gui::ContainersModel</name>
    <message>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>exited (%1)</source>
        <translation>завершён (%1)</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Запущен %1</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Служба</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Контейнер</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Образ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Здоровье</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Работает</translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation>Перезап.</translation>
    </message>
    <message>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Память</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Порты</translation>
    </message>
    <message>
        <source>running</source>
        <translation>работает</translation>
    </message>
    <message>
        <source>restarting</source>
        <translation>перезапускается</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>приостановлен</translation>
    </message>
    <message>
        <source>created</source>
        <translation>создан</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>сбой (dead)</translation>
    </message>
    <message>
        <source>removing</source>
        <translation>удаляется</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>исправен</translation>
    </message>
    <message>
        <source>unhealthy</source>
        <translation>неисправен</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>запускается</translation>
    </message>
</context>
<context>
    <name>artgen::gui::ContainersPage</name>
    <message>
        <source>Up</source>
        <translation>Поднять</translation>
    </message>
    <message>
        <source>Create and start every service (docker-compose up -d).</source>
        <translation>Создать и запустить все службы (docker-compose up -d).</translation>
    </message>
    <message>
        <source>Build…</source>
        <translation>Собрать…</translation>
    </message>
    <message>
        <source>Rebuild the images (docker-compose build).</source>
        <translation>Пересобрать образы (docker-compose build).</translation>
    </message>
    <message>
        <source>no cache</source>
        <translation>без кэша</translation>
    </message>
    <message>
        <source>Restart all</source>
        <translation>Перезапустить все</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Запустить</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Перезапустить</translation>
    </message>
    <message>
        <source>Processes…</source>
        <translation>Процессы…</translation>
    </message>
    <message>
        <source>Run command…</source>
        <translation>Выполнить команду…</translation>
    </message>
    <message>
        <source>%1 Reconnecting…</source>
        <translation>%1 Переподключение…</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>Запуск %1…</translation>
    </message>
    <message>
        <source>Stopping %1…</source>
        <translation>Остановка %1…</translation>
    </message>
    <message>
        <source>Restarting %1…</source>
        <translation>Перезапуск %1…</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1: готово.</translation>
    </message>
    <message>
        <source>Rebuild the images?</source>
        <translation>Пересобрать образы?</translation>
    </message>
    <message>
        <source>This rebuilds every image from scratch without the cache; it can take several minutes. Running containers keep the old images until the stack is brought up again.</source>
        <translation>Все образы будут пересобраны с нуля без кэша; это может занять несколько минут. Работающие контейнеры останутся на старых образах, пока стек не поднимут снова.</translation>
    </message>
    <message>
        <source>This rebuilds the images. Running containers keep the old images until the stack is brought up again.</source>
        <translation>Образы будут пересобраны. Работающие контейнеры останутся на старых образах, пока стек не поднимут снова.</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Собрать</translation>
    </message>
    <message>
        <source>Logs…</source>
        <translation>Журнал…</translation>
    </message>
    <message>
        <source>Open the Logs page on this container&apos;s log.</source>
        <translation>Открыть страницу «Журналы» с журналом этого контейнера.</translation>
    </message>
    <message>
        <source>Bring down (compose down)…</source>
        <translation>Снести стек (down)…</translation>
    </message>
    <message>
        <source>Stop and remove all the stack&apos;s containers (docker-compose down).</source>
        <translation>Остановить и удалить все контейнеры стека (docker-compose down).</translation>
    </message>
    <message>
        <source>Bring the whole stack down (compose down)?</source>
        <translation>Снести весь стек (compose down)?</translation>
    </message>
    <message>
        <source>This stops and removes every container of “%1” (compose project %2), not just the selected one. The API is unavailable until the stack is brought up again with Up. Data volumes (the database, Redis) are kept.</source>
        <translation>Будут остановлены и удалены все контейнеры «%1» (проект compose %2), а не только выбранный. API будет недоступен, пока стек не поднимут снова кнопкой «Поднять». Тома с данными (база данных, Redis) сохранятся.</translation>
    </message>
    <message>
        <source>Bring the stack down</source>
        <translation>Снести стек</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Подробности…</translation>
    </message>
    <message>
        <source>Nothing was done: the active profile changed while the question was open.</source>
        <translation>Ничего не сделано: активный профиль сменился, пока был открыт вопрос.</translation>
    </message>
    <message>
        <source>Build: ignore the build cache and rebuild every layer.</source>
        <translation>Сборка: не использовать кэш сборки и пересобрать каждый слой.</translation>
    </message>
    <message>
        <source>Restart every service of the stack (docker-compose restart).</source>
        <translation>Перезапустить все сервисы стека (docker-compose restart).</translation>
    </message>
    <message>
        <source>Stop the compose command under way.</source>
        <translation>Прервать выполняемую команду compose.</translation>
    </message>
    <message>
        <source>Start the selected container.</source>
        <translation>Запустить выбранный контейнер.</translation>
    </message>
    <message>
        <source>Stop the selected container only; the rest of the stack keeps running.</source>
        <translation>Остановить только выбранный контейнер; остальной стек продолжит работать.</translation>
    </message>
    <message>
        <source>Restart the selected container.</source>
        <translation>Перезапустить выбранный контейнер.</translation>
    </message>
    <message>
        <source>The processes running in the selected container (docker top).</source>
        <translation>Процессы, запущенные в выбранном контейнере (docker top).</translation>
    </message>
    <message>
        <source>The selected container&apos;s image, command, environment, mounts, networks and health check.</source>
        <translation>Образ, команда, окружение, тома, сети и проверка состояния выбранного контейнера.</translation>
    </message>
    <message>
        <source>Run a command in the selected container (docker exec).</source>
        <translation>Выполнить команду в выбранном контейнере (docker exec).</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Контейнеры</translation>
    </message>
    <message>
        <source>The stack&apos;s services, one row each. A double-click opens Details; the Menu key or Shift+F10 opens the row&apos;s actions.</source>
        <translation>Сервисы стека, по строке на каждый. Двойной щелчок открывает подробности; клавиша контекстного меню или Shift+F10 — действия со строкой.</translation>
    </message>
</context>
<context>
    <name>artgen::gui::DeploymentIntroPage</name>
    <message>
        <source>Deployment</source>
        <translation>Развёртывание</translation>
    </message>
    <message>
        <source>The eleven steps of the deployment checklist, one at a time.</source>
        <translation>Одиннадцать шагов чек-листа развёртывания, по одному.</translation>
    </message>
    <message>
        <source>Each step says what it does, runs its check and shows the evidence. A step that fails can be retried or skipped with a reason; the run is saved as it goes, so a closed wizard resumes where it stood. Steps 2 to 5 stop and restart the stack.</source>
        <translation>Каждый шаг объясняет, что он делает, выполняет проверку и показывает её данные. Неудачный шаг можно повторить или пропустить, указав причину; запуск сохраняется по ходу работы, поэтому закрытый мастер продолжит с того же места. Шаги 2–5 останавливают и перезапускают стек.</translation>
    </message>
    <message>
        <source>Do not rebuild images (step 4 is skipped)</source>
        <translation>Не пересобирать образы (шаг 4 пропускается)</translation>
    </message>
    <message>
        <source>Rebuild without the build cache</source>
        <translation>Пересобирать без кэша сборки</translation>
    </message>
    <message>
        <source>A verified backup made within this many minutes counts for step 1:</source>
        <translation>Проверенная резервная копия не старше стольких минут засчитывается для шага 1:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Run the load test in step 10 (100 requests, 10 at a time)</source>
        <translation>Выполнять нагрузочный тест на шаге 10 (100 запросов, по 10 одновременно)</translation>
    </message>
    <message>
        <source>I changed the configuration files by hand (step 3 accepts them as they are)</source>
        <translation>Я изменил файлы конфигурации вручную (шаг 3 примет их как есть)</translation>
    </message>
</context>
<context>
    <name>artgen::gui::DeploymentPage</name>
    <message>
        <source>New deployment…</source>
        <translation>Новое развёртывание…</translation>
    </message>
    <message>
        <source>Walks through the eleven steps of the deployment checklist.</source>
        <translation>Проводит по одиннадцати шагам чек-листа развёртывания.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Continues an unfinished run at the step it was in.</source>
        <translation>Продолжает незавершённый запуск с того шага, на котором он остановился.</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>Проверка состояния</translation>
    </message>
    <message>
        <source>Runs steps 6 to 10 on the running stack: logs, API, workers, connections and the basic test.</source>
        <translation>Выполняет шаги 6–10 на работающем стеке: логи, API, воркеры, подключения и базовый тест.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <source>Opens the folder of the runs and their reports.</source>
        <translation>Открывает папку с запусками и их отчётами.</translation>
    </message>
    <message>
        <source>Report as:</source>
        <translation>Отчёт в виде:</translation>
    </message>
    <message>
        <source>Formatted</source>
        <translation>Оформленный</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Open report file</source>
        <translation>Открыть файл отчёта</translation>
    </message>
    <message>
        <source>No profile is active: add one in Settings.</source>
        <translation>Профиль не выбран: добавьте его в настройках.</translation>
    </message>
    <message>
        <source>No deployment or health check has run on this profile yet.</source>
        <translation>Для этого профиля ещё не было ни развёртываний, ни проверок состояния.</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s), </source>
        <translation>
            <numerusform>%n запуск, </numerusform>
            <numerusform>%n запуска, </numerusform>
            <numerusform>%n запусков, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished</source>
        <translation>
            <numerusform>%n незавершённый</numerusform>
            <numerusform>%n незавершённых</numerusform>
            <numerusform>%n незавершённых</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 passed, %2 with warnings, %3 failed.</source>
        <translation>Пройдено: %1, с предупреждениями: %2, не пройдено: %3.</translation>
    </message>
    <message>
        <source> Report: %1</source>
        <translation> Отчёт: %1</translation>
    </message>
    <message>
        <source>The health check was stopped. %1</source>
        <translation>Проверка состояния остановлена. %1</translation>
    </message>
    <message>
        <source>Health check: %1</source>
        <translation>Проверка состояния: %1</translation>
    </message>
    <message>
        <source>Open %1 in a file manager or terminal yourself.</source>
        <translation>Откройте %1 в файловом менеджере или терминале самостоятельно.</translation>
    </message>
    <message>
        <source>The report %1 cannot be opened.</source>
        <translation>Не удалось открыть отчёт %1.</translation>
    </message>
    <message>
        <source>No program answered for HTML files.</source>
        <translation>Не нашлось программы для открытия HTML-файлов.</translation>
    </message>
    <message>
        <source>Open it in a browser yourself; it is also shown here.</source>
        <translation>Откройте его в браузере самостоятельно; он также показан здесь.</translation>
    </message>
</context>
<context>
    <name>artgen::gui::DeploymentRollbackPage</name>
    <message>
        <source>Rollback</source>
        <translation>Откат</translation>
    </message>
    <message>
        <source>The configuration of step 1 and the images the stack ran before, started and checked again with steps 5 to 9.</source>
        <translation>Конфигурация шага 1 и образы, на которых стек работал раньше: запуск и повторная проверка шагами 5–9.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Данные:</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>Вывод:</translation>
    </message>
    <message>
        <source>The rollback has not started.</source>
        <translation>Откат ещё не начат.</translation>
    </message>
    <message>
        <source>Rolling back…</source>
        <translation>Выполняется откат…</translation>
    </message>
    <message>
        <source>Rolled back: the previous configuration and images run and checks 5–9 pass.</source>
        <translation>Откат выполнен: работают прежние конфигурация и образы, проверки 5–9 пройдены.</translation>
    </message>
    <message>
        <source>The rollback failed at %1: %2</source>
        <translation>Откат не удался на этапе «%1»: %2</translation>
    </message>
    <message>
        <source>check %1</source>
        <translation>проверка %1</translation>
    </message>
    <message>
        <source>The rollback did not finish: it was stopped.</source>
        <translation>Откат не завершён: он был остановлен.</translation>
    </message>
    <message>
        <source>Check %1: %2</source>
        <translation>Проверка %1: %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation>Ещё не выполнялся</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Пропущен: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>artgen::gui::DeploymentStepPage</name>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Шаг %1 из %2: %3</translation>
    </message>
    <message>
        <source>If it fails: %1</source>
        <translation>Если шаг не пройден: %1</translation>
    </message>
    <message>
        <source>Run the rest</source>
        <translation>Выполнить остальные</translation>
    </message>
    <message>
        <source>Runs this step and the ones after it, and stops at the first that fails.</source>
        <translation>Выполняет этот шаг и следующие за ним и останавливается на первом неудачном.</translation>
    </message>
    <message>
        <source>Skip…</source>
        <translation>Пропустить…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Данные:</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>Вывод:</translation>
    </message>
    <message>
        <source>Run step %1</source>
        <translation>Выполнить шаг %1</translation>
    </message>
    <message>
        <source>Not run yet.</source>
        <translation>Ещё не выполнялся.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Пропущен: %1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>%1: %2%3</source>
        <translation>%1: %2%3</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Выполнить</translation>
    </message>
    <message>
        <source>The step cannot run now: another step is running or no profile is active.</source>
        <translation>Шаг сейчас нельзя выполнить: выполняется другой шаг или не выбран профиль.</translation>
    </message>
    <message>
        <source>Skip step %1</source>
        <translation>Пропуск шага %1</translation>
    </message>
    <message>
        <source>Why is this step skipped? The reason goes into the report.</source>
        <translation>Почему этот шаг пропускается? Причина попадёт в отчёт.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>The step was not skipped: a skipped step needs a reason for the report.</source>
        <translation>Шаг не пропущен: для пропуска нужна причина — она попадёт в отчёт.</translation>
    </message>
    <message>
        <source>The step cannot be skipped while a step runs.</source>
        <translation>Шаг нельзя пропустить, пока выполняется другой шаг.</translation>
    </message>
    <message>
        <source>Roll back…</source>
        <translation>Откатить…</translation>
    </message>
    <message>
        <source>Roll back is offered when a step from 5 on fails: until step 5 starts the stack, the new configuration does not run. Retry or skip this step, or undo it by hand: %1</source>
        <translation>Откат предлагается, когда не проходит шаг начиная с 5-го: пока шаг 5 не запустил стек, новая конфигурация не работает. Повторите или пропустите этот шаг либо отмените его вручную: %1</translation>
    </message>
    <message>
        <source>This deployment was rolled back.</source>
        <translation>Это развёртывание откачено.</translation>
    </message>
    <message>
        <source>Offered when this step fails.</source>
        <translation>Предлагается, если этот шаг не пройдёт.</translation>
    </message>
    <message>
        <source>Puts back the configuration files of step 1 and the images the stack ran before, starts them and checks steps 5 to 9 again; shows what it will do first.</source>
        <translation>Возвращает файлы конфигурации шага 1 и образы, на которых стек работал раньше, запускает их и снова проверяет шаги 5–9; сначала показывает, что будет сделано.</translation>
    </message>
</context>
<context>
    <name>artgen::gui::DeploymentSummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>How the deployment ended, and its report.</source>
        <translation>Чем закончилось развёртывание, и его отчёт.</translation>
    </message>
    <message>
        <source>%1 passed, %2 with warnings, %3 failed, %4 skipped.</source>
        <translation>Пройдено: %1, с предупреждениями: %2, не пройдено: %3, пропущено: %4.</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>Отчёт сохранён: %1</translation>
    </message>
</context>
<context>
    <name>artgen::gui::DeploymentWizard</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation>Ещё не выполнялся</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Пропущен: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Deployment — %1</source>
        <translation>Развёртывание — %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Close the deployment?</source>
        <translation>Закрыть развёртывание?</translation>
    </message>
    <message>
        <source>Step %1 is running. It will be stopped; the run is saved and Resume on the Deployment page starts again at step %1.</source>
        <translation>Выполняется шаг %1. Он будет остановлен; запуск сохранён, и кнопка «Продолжить» на странице «Развёртывание» начнёт снова с шага %1.</translation>
    </message>
    <message>
        <source>The run is not finished. It is saved, and Resume on the Deployment page continues at step %1.</source>
        <translation>Запуск не завершён. Он сохранён, и кнопка «Продолжить» на странице «Развёртывание» продолжит с шага %1.</translation>
    </message>
    <message>
        <source>Close and resume later</source>
        <translation>Закрыть и продолжить позже</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Продолжить работу</translation>
    </message>
    <message>
        <source>Roll back the deployment?</source>
        <translation>Откатить развёртывание?</translation>
    </message>
    <message>
        <source>The containers are recreated from the previous configuration and images, and the database %1 is restored from step 1&apos;s backup: what was written since is lost.</source>
        <translation>Контейнеры будут пересозданы из прежней конфигурации и образов, а база данных %1 восстановлена из резервной копии шага 1: всё, что записано с тех пор, будет потеряно.</translation>
    </message>
    <message>
        <source>The containers are recreated from the previous configuration and images; requests fail until they are healthy again.</source>
        <translation>Контейнеры будут пересозданы из прежней конфигурации и образов; запросы не будут проходить, пока контейнеры снова не станут работоспособными.</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Откатить</translation>
    </message>
</context>
<context>
    <name>artgen::gui::FlushDbDialog</name>
    <message>
        <source>Clear a Redis database</source>
        <translation>Очистка базы Redis</translation>
    </message>
    <message>
        <source>FLUSHDB deletes every key of the database: cached results and, when it is Celery&apos;s broker, the tasks waiting in its queues. It cannot be undone. Type the database number to confirm.</source>
        <translation>FLUSHDB удаляет все ключи базы: закэшированные результаты, а если это база брокера Celery, то и задачи, ожидающие в очередях. Отменить это нельзя. Для подтверждения введите номер базы.</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>База:</translation>
    </message>
    <message>
        <source>Type its number:</source>
        <translation>Введите её номер:</translation>
    </message>
    <message>
        <source>FLUSHDB</source>
        <translation>FLUSHDB</translation>
    </message>
</context>
<context>
    <name>artgen::gui::JobController</name>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 мин %2 с</translation>
    </message>
</context>
<context>
    <name>artgen::gui::JobOutputPane</name>
    <message>
        <source>Output</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <source>Output — %1</source>
        <translation>Вывод — %1</translation>
    </message>
    <message>
        <source>Finished in %1.</source>
        <translation>Готово за %1.</translation>
    </message>
    <message>
        <source>What the last command or job printed, with the time of each line.</source>
        <translation>Вывод последней команды или задачи, со временем каждой строки.</translation>
    </message>
</context>
<context>
    <name>artgen::gui::JobPageFrame</name>
    <message>
        <source>The folder %1 cannot be opened.</source>
        <translation>Не удаётся открыть папку %1.</translation>
    </message>
    <message>
        <source>No file manager answered (the desktop has none set for folders).</source>
        <translation>Файловый менеджер не ответил (в системе не задан обработчик папок).</translation>
    </message>
    <message>
        <source>It does not exist and cannot be created.</source>
        <translation>Её нет, и создать её не удаётся.</translation>
    </message>
</context>
<context>
    <name>artgen::gui::JobProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>%1 of ~%2</source>
        <translation>%1 из ~%2</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Шаг %1 из %2: %3</translation>
    </message>
</context>
<context>
    <name>artgen::gui::LoadCountsModel</name>
    <message>
        <source>Error: could not connect</source>
        <translation>Ошибка: не удалось подключиться</translation>
    </message>
    <message>
        <source>Error: timed out</source>
        <translation>Ошибка: истекло время ожидания</translation>
    </message>
    <message>
        <source>Error: connection reset</source>
        <translation>Ошибка: соединение сброшено</translation>
    </message>
    <message>
        <source>Error: malformed response</source>
        <translation>Ошибка: некорректный ответ</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Запросов</translation>
    </message>
</context>
<context>
    <name>artgen::gui::LoadHistogramChart</name>
    <message>
        <source>Latency, ms (logarithmic)</source>
        <translation>Задержка, мс (логарифмическая шкала)</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Ответов</translation>
    </message>
    <message>
        <source>Latency distribution</source>
        <translation>Распределение задержек</translation>
    </message>
</context>
<context>
    <name>artgen::gui::LoadLiveChart</name>
    <message>
        <source>Requests/s</source>
        <translation>Запросов/с</translation>
    </message>
    <message>
        <source>p50, ms</source>
        <translation>p50, мс</translation>
    </message>
    <message>
        <source>p99, ms</source>
        <translation>p99, мс</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Секунды</translation>
    </message>
    <message>
        <source>Latency, ms</source>
        <translation>Задержка, мс</translation>
    </message>
    <message>
        <source>Requests per second and latency while the test runs</source>
        <translation>Запросы в секунду и задержка во время теста</translation>
    </message>
</context>
<context>
    <name>artgen::gui::LoadPercentilesModel</name>
    <message>
        <source>Latency, ms</source>
        <translation>Задержка, мс</translation>
    </message>
    <message>
        <source>Corrected, ms</source>
        <translation>С поправкой, мс</translation>
    </message>
    <message>
        <source>Uncorrected, ms</source>
        <translation>Без поправки, мс</translation>
    </message>
</context>
<context>
    <name>artgen::gui::LoadResultView</name>
    <message>
        <source>No results yet: start a load test.</source>
        <translation>Результатов пока нет: запустите нагрузочный тест.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 — %n request(s) in %3 s, %4 requests/s.</source>
        <translation>
            <numerusform>%1 %2 — %n запрос за %3 с, %4 запросов/с.</numerusform>
            <numerusform>%1 %2 — %n запроса за %3 с, %4 запросов/с.</numerusform>
            <numerusform>%1 %2 — %n запросов за %3 с, %4 запросов/с.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 connections, %2 event loops; %3 received; CPU time %4 s user, %5 s system (%6 µs per request).</source>
        <translation>Соединений: %1, циклов событий: %2; получено %3; время ЦП: пользователь %4 с, система %5 с (%6 мкс на запрос).</translation>
    </message>
    <message>
        <source>Highest rate with p99 under %1 ms: %2 requests/s.</source>
        <translation>Наибольшая частота с p99 меньше %1 мс: %2 запросов/с.</translation>
    </message>
    <message>
        <source>No rate kept p99 under %1 ms.</source>
        <translation>Ни при какой частоте p99 не остался меньше %1 мс.</translation>
    </message>
    <message>
        <source>SLO missed: p99 is not under %1 ms.</source>
        <translation>SLO не выполнен: p99 не меньше %1 мс.</translation>
    </message>
    <message>
        <source>SLO met: p99 is under %1 ms.</source>
        <translation>SLO выполнен: p99 меньше %1 мс.</translation>
    </message>
    <message>
        <source>Interrupted: the figures cover the part that ran.</source>
        <translation>Прервано: цифры относятся к выполненной части.</translation>
    </message>
    <message>
        <source>The achieved rate, %1 requests/s, is below 99 % of the target %2: the client or the server could not keep up.</source>
        <translation>Достигнутая частота, %1 запросов/с, ниже 99 % от целевой %2: клиент или сервер не успевал.</translation>
    </message>
    <message>
        <source>Latency percentiles</source>
        <translation>Процентили задержки</translation>
    </message>
    <message>
        <source>Responses by status and errors by kind</source>
        <translation>Ответы по статусам и ошибки по видам</translation>
    </message>
    <message>
        <source>Ramp steps</source>
        <translation>Шаги наращивания</translation>
    </message>
</context>
<context>
    <name>artgen::gui::LoadRunsModel</name>
    <message>
        <source>%1 (interrupted)</source>
        <translation>%1 (прерван)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Запросов</translation>
    </message>
    <message>
        <source>Requests/s</source>
        <translation>Запросов/с</translation>
    </message>
    <message>
        <source>p99, ms</source>
        <translation>p99, мс</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Ошибок</translation>
    </message>
</context>
<context>
    <name>artgen::gui::LoadStepsModel</name>
    <message>
        <source>The highest rate whose p99 stayed under the SLO.</source>
        <translation>Наибольшая частота, при которой p99 остался ниже SLO.</translation>
    </message>
    <message>
        <source>p99 was not under the SLO.</source>
        <translation>p99 не был ниже SLO.</translation>
    </message>
    <message>
        <source>Target/s</source>
        <translation>Задано/с</translation>
    </message>
    <message>
        <source>Achieved/s</source>
        <translation>Достигнуто/с</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Запросов</translation>
    </message>
    <message>
        <source>p50, ms</source>
        <translation>p50, мс</translation>
    </message>
    <message>
        <source>p99, ms</source>
        <translation>p99, мс</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Ошибок</translation>
    </message>
    <message>
        <source>SLO</source>
        <translation>SLO</translation>
    </message>
</context>
<context>
    <name>artgen::gui::LoadTestForm</name>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Цель:</translation>
    </message>
    <message>
        <source>API health</source>
        <translation>API: health</translation>
    </message>
    <message>
        <source>API characters</source>
        <translation>API: characters</translation>
    </message>
    <message>
        <source>API generate (with token)</source>
        <translation>API: generate (с токеном)</translation>
    </message>
    <message>
        <source>Other URL</source>
        <translation>Другой URL</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>http://127.0.0.1:8080/ or /api/v1/…</source>
        <translation>http://127.0.0.1:8080/ или /api/v1/…</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Метод:</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>&amp;Заголовки:</translation>
    </message>
    <message>
        <source>Name: value, one a line</source>
        <translation>Имя: значение, по одному в строке</translation>
    </message>
    <message>
        <source>&amp;Body file:</source>
        <translation>&amp;Файл тела:</translation>
    </message>
    <message>
        <source>No body</source>
        <translation>Без тела</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the file to send as the request body</source>
        <translation>Выбрать файл, отправляемый как тело запроса</translation>
    </message>
    <message>
        <source>Choose body file</source>
        <translation>Выбрать файл тела</translation>
    </message>
    <message>
        <source>Send the profile&apos;s API token</source>
        <translation>Отправлять токен API профиля</translation>
    </message>
    <message>
        <source>API_TOKEN of the profile&apos;s .env, as a Bearer token; it is never shown.</source>
        <translation>API_TOKEN из .env профиля как токен Bearer; он нигде не показывается.</translation>
    </message>
    <message>
        <source>R&amp;un:</source>
        <translation>&amp;Режим:</translation>
    </message>
    <message>
        <source>A number of requests</source>
        <translation>Число запросов</translation>
    </message>
    <message>
        <source>For a time</source>
        <translation>В течение времени</translation>
    </message>
    <message>
        <source>Ramp up to an SLO</source>
        <translation>Наращивание до SLO</translation>
    </message>
    <message>
        <source>Re&amp;quests:</source>
        <translation>&amp;Запросов:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Длительность:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>&amp;Connections:</source>
        <translation>С&amp;оединений:</translation>
    </message>
    <message>
        <source>&amp;Event loops:</source>
        <translation>&amp;Циклов событий:</translation>
    </message>
    <message>
        <source>One per CPU</source>
        <translation>По одному на ЦП</translation>
    </message>
    <message>
        <source>R&amp;ate:</source>
        <translation>&amp;Частота:</translation>
    </message>
    <message>
        <source>As fast as possible</source>
        <translation>Как можно быстрее</translation>
    </message>
    <message>
        <source> req/s</source>
        <translation> з/с</translation>
    </message>
    <message>
        <source>A constant rate (open loop): latency counts from each request&apos;s scheduled time, so a stalled server is not hidden.</source>
        <translation>Постоянная частота (открытый цикл): задержка отсчитывается от запланированного времени каждого запроса, поэтому зависание сервера не скрывается.</translation>
    </message>
    <message>
        <source>Ra&amp;mp (req/s):</source>
        <translation>Н&amp;аращивание (з/с):</translation>
    </message>
    <message>
        <source>First rate</source>
        <translation>Начальная частота</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Highest rate</source>
        <translation>Наибольшая частота</translation>
    </message>
    <message>
        <source>Ste&amp;p time:</source>
        <translation>Длительность ш&amp;ага:</translation>
    </message>
    <message>
        <source>&amp;SLO (p99):</source>
        <translation>&amp;SLO (p99):</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> мс</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Запустить</translation>
    </message>
</context>
<context>
    <name>artgen::gui::LoadTestPage</name>
    <message>
        <source>Saved %1.</source>
        <translation>Сохранено: %1.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Не удалось сохранить %1: %2</translation>
    </message>
    <message>
        <source>Load-test another host?</source>
        <translation>Нагрузить чужой узел?</translation>
    </message>
    <message>
        <source>%1 is neither this profile&apos;s host nor this computer. A load test sends it as many requests as it can take; do it only to a server you are responsible for.</source>
        <translation>%1 — не узел этого профиля и не этот компьютер. Нагрузочный тест отправит ему столько запросов, сколько он выдержит; делайте это только с сервером, за который отвечаете вы.</translation>
    </message>
    <message>
        <source>Load-test %1</source>
        <translation>Нагрузить %1</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Тело запроса</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Файлы JSON (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Export the load test</source>
        <translation>Экспорт нагрузочного теста</translation>
    </message>
    <message>
        <source>JSON (*.json);;CSV (*.csv);;Markdown (*.md)</source>
        <translation>JSON (*.json);;CSV (*.csv);;Markdown (*.md)</translation>
    </message>
    <message numerus="yes">
        <source>%1 requests/s, p99 %2 ms, %n error(s).</source>
        <translation>
            <numerusform>%1 запросов/с, p99 %2 мс, %n ошибка.</numerusform>
            <numerusform>%1 запросов/с, p99 %2 мс, %n ошибки.</numerusform>
            <numerusform>%1 запросов/с, p99 %2 мс, %n ошибок.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of the responses were 4xx or 5xx (see Results).</source>
        <translation>Ответов с кодом 4xx или 5xx: %1 (см. «Результаты»).</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>В реальном времени</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Запуски</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Save the selected run as JSON, CSV or Markdown.</source>
        <translation>Сохранить выбранный запуск в JSON, CSV или Markdown.</translation>
    </message>
    <message>
        <source>Delete the load test run?</source>
        <translation>Удалить запуск нагрузочного теста?</translation>
    </message>
    <message>
        <source>The results of the run of %1 will be removed from this computer; export it first to keep a copy.</source>
        <translation>Результаты запуска от %1 будут удалены с этого компьютера; чтобы сохранить копию, сначала экспортируйте его.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message numerus="yes">
        <source>The last %n run(s) of this profile, kept on this computer; select one to see its results again.</source>
        <translation>
            <numerusform>Последний %n запуск этого профиля, сохранённый на этом компьютере; выберите запуск, чтобы снова увидеть его результаты.</numerusform>
            <numerusform>Последние %n запуска этого профиля, сохранённые на этом компьютере; выберите запуск, чтобы снова увидеть его результаты.</numerusform>
            <numerusform>Последние %n запусков этого профиля, сохранённые на этом компьютере; выберите запуск, чтобы снова увидеть его результаты.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Remove the selected run from this computer.</source>
        <translation>Удалить выбранный запуск с этого компьютера.</translation>
    </message>
</context>
<context>
    <name>artgen::gui::LogsModel</name>
    <message numerus="yes">
        <source>(%Ln line(s))</source>
        <translation>
            <numerusform>(%Ln строка)</numerusform>
            <numerusform>(%Ln строки)</numerusform>
            <numerusform>(%Ln строк)</numerusform>
        </translation>
    </message>
    <message>
        <source>Red bar: the container wrote this line to its error stream (stderr). Many programs log there; it does not mean an error.</source>
        <translation>Красная полоса: контейнер записал эту строку в поток ошибок (stderr). Многие программы пишут туда свой журнал; это ещё не значит, что произошла ошибка.</translation>
    </message>
    <message>
        <source>stderr</source>
        <translation>stderr</translation>
    </message>
    <message>
        <source>note from the panel</source>
        <translation>заметка панели</translation>
    </message>
    <message>
        <source>Level: %1.</source>
        <translation>Уровень: %1.</translation>
    </message>
    <message>
        <source>Written to the container&apos;s error stream (stderr).</source>
        <translation>Записана в поток ошибок контейнера (stderr).</translation>
    </message>
    <message numerus="yes">
        <source>A traceback grouped into one row, %Ln more line(s).</source>
        <translation>
            <numerusform>Трассировка, собранная в одну строку; ещё %Ln строка.</numerusform>
            <numerusform>Трассировка, собранная в одну строку; ещё %Ln строки.</numerusform>
            <numerusform>Трассировка, собранная в одну строку; ещё %Ln строк.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>artgen::gui::LogsPage</name>
    <message>
        <source>Export failed</source>
        <translation>Экспорт не удался</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Сохранено в %1.</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Все уровни</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Инфо и выше</translation>
    </message>
    <message>
        <source>Warnings and above</source>
        <translation>Предупреждения и выше</translation>
    </message>
    <message>
        <source>Errors and above</source>
        <translation>Ошибки и выше</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>Только критичные</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>Последние 5 минут</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>Последние 15 минут</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Последний час</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Последние 24 часа</translation>
    </message>
    <message>
        <source>Start: last 100 lines</source>
        <translation>Начало: последние 100 строк</translation>
    </message>
    <message>
        <source>Start: last 1000 lines</source>
        <translation>Начало: последние 1000 строк</translation>
    </message>
    <message>
        <source>Start: last 10 000 lines</source>
        <translation>Начало: последние 10 000 строк</translation>
    </message>
    <message>
        <source>Start: everything</source>
        <translation>Начало: всё</translation>
    </message>
    <message>
        <source>How much of each container&apos;s past log to read when following starts.</source>
        <translation>Сколько прошлого журнала каждого контейнера прочитать в начале слежения.</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Следить</translation>
    </message>
    <message>
        <source>Keep the newest line in view. Scrolling up turns it off.</source>
        <translation>Держать в поле зрения последнюю строку. Прокрутка вверх выключает.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Freeze the view; new lines keep arriving and are shown on resume.</source>
        <translation>Заморозить вид; новые строки продолжают поступать и появятся после продолжения.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy the selected lines (Ctrl+C).</source>
        <translation>Скопировать выделенные строки (Ctrl+C).</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Export the shown lines…</source>
        <translation>Экспортировать показанные строки…</translation>
    </message>
    <message>
        <source>Export every stored line…</source>
        <translation>Экспортировать все сохранённые строки…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Forget the lines shown so far; following goes on.</source>
        <translation>Забыть показанные строки; слежение продолжается.</translation>
    </message>
    <message>
        <source>Search (Enter: next match)</source>
        <translation>Поиск (Enter — следующее совпадение)</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>Рег. выражение</translation>
    </message>
    <message>
        <source>Search with a regular expression instead of plain text.</source>
        <translation>Искать по регулярному выражению, а не по тексту.</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>С регистром</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Предыдущее</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Следующее</translation>
    </message>
    <message>
        <source>Following paused: %1 The log resumes where it stopped.</source>
        <translation>Слежение прервано: %1 Журнал продолжится с того места, где остановился.</translation>
    </message>
    <message>
        <source>No line matches “%1”.</source>
        <translation>Нет строк, подходящих под «%1».</translation>
    </message>
    <message>
        <source>search: %1</source>
        <translation>поиск: %1</translation>
    </message>
    <message>
        <source>Export the shown lines</source>
        <translation>Экспорт показанных строк</translation>
    </message>
    <message>
        <source>Export every stored line</source>
        <translation>Экспорт всех сохранённых строк</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt)</source>
        <translation>Файлы журналов (*.log *.txt)</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>С … по …</translation>
    </message>
    <message>
        <source>Only lines from a time window. A window reaching back before the lines read so far reads the containers&apos; logs again from there.</source>
        <translation>Только строки из окна времени. Если окно начинается раньше уже прочитанных строк, журналы контейнеров читаются заново с его начала.</translation>
    </message>
    <message>
        <source>Start: the time range</source>
        <translation>Начало: диапазон времени</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>По контейнерам</translation>
    </message>
    <message>
        <source>One pane per chosen container instead of one merged timeline.</source>
        <translation>Отдельная панель для каждого выбранного контейнера вместо общей ленты.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>now (keep following)</source>
        <translation>сейчас (продолжать следить)</translation>
    </message>
    <message>
        <source>Reading the containers&apos; logs from %1…</source>
        <translation>Чтение журналов контейнеров с %1…</translation>
    </message>
    <message>
        <source>Start: last 50 lines</source>
        <translation>Начало: последние 50 строк</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) shown</source>
        <translation>
            <numerusform>показана %Ln строка</numerusform>
            <numerusform>показаны %Ln строки</numerusform>
            <numerusform>показано %Ln строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stored</source>
        <translation>
            <numerusform>%Ln в памяти</numerusform>
            <numerusform>%Ln в памяти</numerusform>
            <numerusform>%Ln в памяти</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln oldest dropped (limit %1)</source>
        <translation>
            <numerusform>%Ln старейшая отброшена (предел %1)</numerusform>
            <numerusform>%Ln старейшие отброшены (предел %1)</numerusform>
            <numerusform>%Ln старейших отброшено (предел %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln dropped while paused (limit %1)</source>
        <translation>
            <numerusform>%Ln отброшена во время паузы (предел %1)</numerusform>
            <numerusform>%Ln отброшены во время паузы (предел %1)</numerusform>
            <numerusform>%Ln отброшено во время паузы (предел %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Only matching</source>
        <translation>Только совпадения</translation>
    </message>
    <message>
        <source>Show only the lines the search matches (like artgenctl logs --grep).</source>
        <translation>Показывать только строки, найденные поиском (как artgenctl logs --grep).</translation>
    </message>
    <message>
        <source>stderr</source>
        <translation>stderr</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>критично</translation>
    </message>
    <message>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>предупреждение</translation>
    </message>
    <message>
        <source>info</source>
        <translation>информация</translation>
    </message>
    <message>
        <source>debug</source>
        <translation>отладка</translation>
    </message>
    <message>
        <source>A red bar at a line&apos;s left edge: the container wrote it to its error stream (stderr); many programs log there, so it does not mean an error by itself. The coloured word is the level read from the line; in a narrow pane it is a bar of the same colour.</source>
        <translation>Красная полоса у левого края строки: контейнер записал её в поток ошибок (stderr); многие программы пишут туда свой журнал, так что сама по себе она не означает ошибку. Цветное слово — уровень, прочитанный из строки; в узкой панели вместо него полоса того же цвета.</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Условные обозначения</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>подсчёт…</translation>
    </message>
    <message>
        <source>no matches</source>
        <translation>нет совпадений</translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <translation>%L1 из %L2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln совпадение</numerusform>
            <numerusform>%Ln совпадения</numerusform>
            <numerusform>%Ln совпадений</numerusform>
        </translation>
    </message>
    <message>
        <source>Log lines</source>
        <translation>Строки журнала</translation>
    </message>
    <message>
        <source>Log lines of %1</source>
        <translation>Строки журнала %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln line(s)</source>
        <translation>
            <numerusform>%1 · %Ln строка</numerusform>
            <numerusform>%1 · %Ln строки</numerusform>
            <numerusform>%1 · %Ln строк</numerusform>
        </translation>
    </message>
    <message>
        <source>Collapse the traceback</source>
        <translation>Свернуть трассировку</translation>
    </message>
    <message>
        <source>Expand the traceback</source>
        <translation>Развернуть трассировку</translation>
    </message>
    <message>
        <source>Lines from</source>
        <translation>Строки с</translation>
    </message>
    <message>
        <source>The start of the time range shown.</source>
        <translation>Начало показанного интервала времени.</translation>
    </message>
    <message>
        <source>Lines up to</source>
        <translation>Строки по</translation>
    </message>
    <message>
        <source>The end of the time range shown.</source>
        <translation>Конец показанного интервала времени.</translation>
    </message>
    <message>
        <source>The range reaches the newest line and keeps following.</source>
        <translation>Интервал доходит до самой новой строки и продолжает следить.</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Интервал времени</translation>
    </message>
    <message numerus="yes">
        <source>paused: %Ln line(s) waiting</source>
        <translation>
            <numerusform>пауза: ждёт %Ln строка</numerusform>
            <numerusform>пауза: ждут %Ln строки</numerusform>
            <numerusform>пауза: ждут %Ln строк</numerusform>
        </translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Совпадения</translation>
    </message>
    <message>
        <source>Wrap lines</source>
        <translation>Перенос строк</translation>
    </message>
    <message>
        <source>Break long lines to the pane&apos;s width instead of scrolling sideways to them.</source>
        <translation>Переносить длинные строки по ширине панели вместо прокрутки вбок.</translation>
    </message>
    <message>
        <source>The previous match (Shift+F3, Shift+Enter).</source>
        <translation>Предыдущее совпадение (Shift+F3, Shift+Enter).</translation>
    </message>
    <message>
        <source>The next match (F3, Enter).</source>
        <translation>Следующее совпадение (F3, Enter).</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Контейнеры</translation>
    </message>
    <message>
        <source>Which containers&apos; lines are shown.</source>
        <translation>Строки каких контейнеров показаны.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>The lowest level of the lines shown.</source>
        <translation>Наименьший уровень показанных строк.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Write the lines to a file.</source>
        <translation>Записать строки в файл.</translation>
    </message>
    <message>
        <source>Tell upper and lower case apart.</source>
        <translation>Различать прописные и строчные буквы.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Highlights the matches; Enter or F3 goes to the next one.</source>
        <translation>Подсвечивает совпадения; Enter или F3 — к следующему.</translation>
    </message>
</context>
<context>
    <name>artgen::gui::MainMenu</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>F&amp;ind</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;Find in Logs…</source>
        <translation>&amp;Найти в журналах…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Следующее совпадение</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>&amp;Предыдущее совпадение</translation>
    </message>
    <message>
        <source>&amp;Clear Search</source>
        <translation>О&amp;чистить поиск</translation>
    </message>
</context>
<context>
    <name>artgen::gui::MainWindow</name>
    <message>
        <source>Containers</source>
        <translation>Контейнеры</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Журналы</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Графики</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Конфигурация</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Развёртывание</translation>
    </message>
    <message>
        <source>Troubleshooting</source>
        <translation>Устранение неполадок</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>ArtGen Control Panel</source>
        <translation>Панель управления ArtGen</translation>
    </message>
    <message>
        <source>Docker: checking…</source>
        <translation>Docker: проверка…</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Профиль: %1</translation>
    </message>
    <message>
        <source>No profile — add one in Settings</source>
        <translation>Нет профиля — добавьте его в настройках</translation>
    </message>
    <message>
        <source>Docker %1 (API %2) answers</source>
        <translation>Docker %1 (API %2) отвечает</translation>
    </message>
    <message>
        <source>Docker does not answer: %1</source>
        <translation>Docker не отвечает: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Load test</source>
        <translation>Нагрузочный тест</translation>
    </message>
</context>
<context>
    <name>artgen::gui::PgSessionsModel</name>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Приложение</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>In state for</source>
        <translation>В состоянии</translation>
    </message>
    <message>
        <source>Query started</source>
        <translation>Запрос начат</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Запрос</translation>
    </message>
</context>
<context>
    <name>artgen::gui::ProcessesDialog</name>
    <message>
        <source>Processes in %1</source>
        <translation>Процессы в %1</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message numerus="yes">
        <source>%n process(es)</source>
        <translation>
            <numerusform>%n процесс</numerusform>
            <numerusform>%n процесса</numerusform>
            <numerusform>%n процессов</numerusform>
        </translation>
    </message>
    <message>
        <source>The container&apos;s processes as docker top lists them.</source>
        <translation>Процессы контейнера в том виде, в каком их показывает docker top.</translation>
    </message>
</context>
<context>
    <name>artgen::gui::ProductionBanner</name>
    <message>
        <source>PRODUCTION — “%1”: destructive actions ask for the profile&apos;s name.</source>
        <translation>РАБОЧИЙ СТЕК — «%1»: разрушительные действия требуют ввести имя профиля.</translation>
    </message>
</context>
<context>
    <name>artgen::gui::ProfileEditor</name>
    <message>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>Stack folder:</source>
        <translation>Папка стека:</translation>
    </message>
    <message>
        <source>Compose project:</source>
        <translation>Проект Compose:</translation>
    </message>
    <message>
        <source>API base URL:</source>
        <translation>Базовый URL API:</translation>
    </message>
    <message>
        <source>Docker host:</source>
        <translation>Адрес Docker:</translation>
    </message>
    <message>
        <source>The folder that holds Docker_all/</source>
        <translation>Папка, в которой лежит Docker_all/</translation>
    </message>
    <message>
        <source>Default: DOCKER_HOST or unix:///var/run/docker.sock</source>
        <translation>По умолчанию: DOCKER_HOST или unix:///var/run/docker.sock</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Служба</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Контейнер</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>&amp;Сохранить профиль</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>Папка копий:</translation>
    </message>
    <message>
        <source>Default format:</source>
        <translation>Формат по умолчанию:</translation>
    </message>
    <message>
        <source>Keep the newest (backups):</source>
        <translation>Сколько последних копий хранить:</translation>
    </message>
    <message>
        <source>Keep younger than (days):</source>
        <translation>Хранить копии не старше (дней):</translation>
    </message>
    <message>
        <source>Empty: the default folder shown. Never inside the stack folder (compose would send every backup to the build context).</source>
        <translation>Пусто — папка по умолчанию (показана). Никогда не внутри папки стека (compose отправлял бы каждую копию в контекст сборки).</translation>
    </message>
    <message>
        <source>plain — SQL, as in the deployment instructions</source>
        <translation>plain — SQL, как в инструкции по развёртыванию</translation>
    </message>
    <message>
        <source>plain-gz — SQL, gzip-compressed</source>
        <translation>plain-gz — SQL, сжатый gzip</translation>
    </message>
    <message>
        <source>plain-zst — SQL, zstd-compressed</source>
        <translation>plain-zst — SQL, сжатый zstd</translation>
    </message>
    <message>
        <source>custom — PostgreSQL custom format (pg_restore)</source>
        <translation>custom — формат PostgreSQL custom (pg_restore)</translation>
    </message>
    <message>
        <source>off</source>
        <translation>выкл.</translation>
    </message>
    <message>
        <source>Retention after each successful backup: a backup is kept when it is among the newest N or younger than D days; the rest are deleted. 0 switches a rule off.</source>
        <translation>Хранение после каждой успешной копии: копия остаётся, если она среди N новейших или моложе D дней; остальные удаляются. 0 отключает правило.</translation>
    </message>
    <message>
        <source>After each backup: nothing is deleted.</source>
        <translation>После каждой копии ничего не удаляется.</translation>
    </message>
    <message numerus="yes">
        <source>After each backup: only the newest %n backup(s) are kept.</source>
        <translation>
            <numerusform>После каждой копии остаётся только %n новейшая.</numerusform>
            <numerusform>После каждой копии остаются только %n новейшие.</numerusform>
            <numerusform>После каждой копии остаются только %n новейших.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After each backup: backups older than %n day(s) are deleted.</source>
        <translation>
            <numerusform>После каждой копии удаляются копии старше %n дня.</numerusform>
            <numerusform>После каждой копии удаляются копии старше %n дней.</numerusform>
            <numerusform>После каждой копии удаляются копии старше %n дней.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After each backup: the newest %1 and those younger than %n day(s) are kept.</source>
        <translation>
            <numerusform>После каждой копии остаются %1 новейших и все моложе %n дня.</numerusform>
            <numerusform>После каждой копии остаются %1 новейших и все моложе %n дней.</numerusform>
            <numerusform>После каждой копии остаются %1 новейших и все моложе %n дней.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Выберите папку копий</translation>
    </message>
    <message>
        <source>Choose the stack folder (it holds Docker_all/)</source>
        <translation>Выберите папку стека (в ней лежит Docker_all/)</translation>
    </message>
    <message>
        <source>Container names</source>
        <translation>Имена контейнеров</translation>
    </message>
    <message>
        <source>The container of each service; an empty name means the default one.</source>
        <translation>Контейнер каждого сервиса; пустое имя — контейнер по умолчанию.</translation>
    </message>
    <message>
        <source>Browse for the stack folder</source>
        <translation>Выбрать папку стека</translation>
    </message>
    <message>
        <source>Browse for the backup folder</source>
        <translation>Выбрать папку резервных копий</translation>
    </message>
    <message>
        <source>Production:</source>
        <translation>Рабочий стек:</translation>
    </message>
    <message>
        <source>Mark as production</source>
        <translation>Пометить как рабочий</translation>
    </message>
    <message>
        <source>A production stack: a banner on every page, and its name typed before anything destructive</source>
        <translation>Рабочий стек: полоса-предупреждение на каждой странице и ввод его имени перед любым разрушительным действием</translation>
    </message>
    <message>
        <source>TLS CA file:</source>
        <translation>Файл УЦ для TLS:</translation>
    </message>
    <message>
        <source>TLS client certificate:</source>
        <translation>Клиентский сертификат TLS:</translation>
    </message>
    <message>
        <source>TLS client key:</source>
        <translation>Клиентский ключ TLS:</translation>
    </message>
    <message>
        <source>tcp:// hosts only; empty: DOCKER_CERT_PATH</source>
        <translation>только для хостов tcp://; пусто — DOCKER_CERT_PATH</translation>
    </message>
    <message>
        <source>PostgreSQL address:</source>
        <translation>Адрес PostgreSQL:</translation>
    </message>
    <message>
        <source>Redis address:</source>
        <translation>Адрес Redis:</translation>
    </message>
    <message>
        <source>Empty: the port .env publishes on 127.0.0.1; HOST:PORT; or “container”</source>
        <translation>Пусто: порт из .env на 127.0.0.1; ХОСТ:ПОРТ; или «container»</translation>
    </message>
    <message>
        <source>Empty: the port .env publishes on 127.0.0.1; or HOST:PORT</source>
        <translation>Пусто: порт из .env на 127.0.0.1; или ХОСТ:ПОРТ</translation>
    </message>
    <message>
        <source>A profile&apos;s changes apply when it is saved; a change to the active profile switches every page to it.</source>
        <translation>Изменения профиля вступают в силу при сохранении; после изменения активного профиля все страницы переключаются на него.</translation>
    </message>
</context>
<context>
    <name>artgen::gui::ProfilesDialog</name>
    <message>
        <source>Stack profiles</source>
        <translation>Профили стека</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Проверка подключения</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Дублировать</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Docker contexts of this machine</source>
        <translation>Контексты Docker на этой машине</translation>
    </message>
    <message>
        <source>Docker contexts</source>
        <translation>Контексты Docker</translation>
    </message>
    <message>
        <source>&amp;Use as this profile&apos;s endpoint</source>
        <translation>&amp;Взять как точку подключения профиля</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Проверить подключение</translation>
    </message>
    <message>
        <source>Checks Docker, PostgreSQL, Redis and the API of the profile as the form shows it, and names the part that fails.</source>
        <translation>Проверяет Docker, PostgreSQL, Redis и API профиля в том виде, как он заполнен в форме, и называет часть, которая не отвечает.</translation>
    </message>
    <message>
        <source>Alert &amp;thresholds…</source>
        <translation>&amp;Пороги оповещений…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>%1 — production</source>
        <translation>%1 — рабочий</translation>
    </message>
    <message>
        <source>%1 (active)</source>
        <translation>%1 (активный)</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (копия)</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Новый профиль</translation>
    </message>
    <message>
        <source>Reading the Docker contexts…</source>
        <translation>Чтение контекстов Docker…</translation>
    </message>
    <message>
        <source>%1 (current) — %2</source>
        <translation>%1 (текущий) — %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The endpoint of “%1” is in the form; save the profile to keep it.</source>
        <translation>Точка подключения из «%1» перенесена в форму; сохраните профиль, чтобы её оставить.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Проверка подключения…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ОШИБКА</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>не проверялось</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
</context>
<context>
    <name>artgen::gui::RedisClientsModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Connected for</source>
        <translation>Подключён</translation>
    </message>
    <message>
        <source>Idle for</source>
        <translation>Простаивает</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>Last command</source>
        <translation>Последняя команда</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Флаги</translation>
    </message>
</context>
<context>
    <name>artgen::gui::RestoreDialog</name>
    <message>
        <source>Restore %1</source>
        <translation>Восстановление %1</translation>
    </message>
    <message>
        <source>Restore the backup into database %1 (container %2, profile %3). Nothing changes until you press Restore.</source>
        <translation>Восстановить копию в базу %1 (контейнер %2, профиль %3). Пока вы не нажмёте «Восстановить», ничего не меняется.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Размер:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
    <message>
        <source>%1 (PostgreSQL %2)</source>
        <translation>%1 (PostgreSQL %2)</translation>
    </message>
    <message>
        <source>Taken:</source>
        <translation>Создана:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Tables:</source>
        <translation>Таблицы:</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n таблица</numerusform>
            <numerusform>%n таблицы</numerusform>
            <numerusform>%n таблиц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in all</source>
        <translation>
            <numerusform>всего %n строка</numerusform>
            <numerusform>всего %n строки</numerusform>
            <numerusform>всего %n строк</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no manifest beside this file: it is still checked for completeness before anything changes, but its checksum and row counts cannot be compared.</source>
        <translation>Рядом с файлом нет манифеста: его полнота всё равно проверяется до любых изменений, но контрольную сумму и число строк сравнить не с чем.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Строк</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Как:</translation>
    </message>
    <message>
        <source>Into the existing database, in one transaction (if anything fails, nothing changes)</source>
        <translation>В существующую базу, одной транзакцией (при любой ошибке ничего не меняется)</translation>
    </message>
    <message>
        <source>Clean replace: build a new database from the backup, then swap it in (objects not in the backup are lost)</source>
        <translation>Полная замена: собрать новую базу из копии и подставить её вместо старой (всё, чего нет в копии, пропадёт)</translation>
    </message>
    <message>
        <source>Type the database name, %1, to replace it:</source>
        <translation>Введите имя базы, %1, чтобы заменить её:</translation>
    </message>
    <message>
        <source>Take a safety backup first</source>
        <translation>Сначала сделать страховочную копию</translation>
    </message>
    <message>
        <source>Stop backend and celery during the restore</source>
        <translation>Остановить backend и celery на время восстановления</translation>
    </message>
    <message>
        <source>What will happen, in this order:</source>
        <translation>Что произойдёт, по порядку:</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Replace database</source>
        <translation>Заменить базу</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Not this database&apos;s backup: %1. Its data would replace %2; type the database name below to do that.</source>
        <translation>Это копия не этой базы: %1. Её данные заменят %2; чтобы так сделать, введите имя базы ниже.</translation>
    </message>
</context>
<context>
    <name>artgen::gui::RollbackDialog</name>
    <message>
        <source>Roll back the deployment</source>
        <translation>Откат развёртывания</translation>
    </message>
    <message>
        <source>The rollback puts the configuration back as it was at step 1, starts the images the stack ran before (no rebuild), and checks steps 5 to 9 again.</source>
        <translation>Откат возвращает конфигурацию к состоянию шага 1, запускает образы, на которых стек работал раньше (без пересборки), и снова проверяет шаги 5–9.</translation>
    </message>
    <message>
        <source>Working out what a rollback would do…</source>
        <translation>Выясняем, что сделает откат…</translation>
    </message>
    <message>
        <source>Files put back as they were at step 1:</source>
        <translation>Файлы, возвращаемые к состоянию шага 1:</translation>
    </message>
    <message>
        <source>Images the services go back to:</source>
        <translation>Образы, к которым вернутся сервисы:</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Сервис</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Образ</translation>
    </message>
    <message>
        <source>Running now</source>
        <translation>Работает сейчас</translation>
    </message>
    <message>
        <source>Back to</source>
        <translation>Вернётся к</translation>
    </message>
    <message>
        <source>Type the database name to confirm:</source>
        <translation>Для подтверждения введите имя базы данных:</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Откатить</translation>
    </message>
    <message>
        <source>It cannot roll back: %1</source>
        <translation>Откат невозможен: %1</translation>
    </message>
    <message>
        <source>None: the files are as they were at step 1.</source>
        <translation>Нет: файлы такие же, как на шаге 1.</translation>
    </message>
    <message>
        <source>Images: every service already runs the image it ran before the deployment.</source>
        <translation>Образы: каждый сервис уже работает на том образе, что и до развёртывания.</translation>
    </message>
    <message>
        <source>Also restore the database from step 1&apos;s backup (%1)</source>
        <translation>Также восстановить базу данных из резервной копии шага 1 (%1)</translation>
    </message>
    <message>
        <source>Also restore the database: step 1 made no backup to restore</source>
        <translation>Также восстановить базу данных: на шаге 1 не сделано резервной копии</translation>
    </message>
    <message>
        <source>Type the database name, %1, to confirm:</source>
        <translation>Для подтверждения введите имя базы данных (%1):</translation>
    </message>
</context>
<context>
    <name>artgen::gui::RunDialog</name>
    <message>
        <source>Run a command in %1</source>
        <translation>Выполнить команду в %1</translation>
    </message>
    <message>
        <source>e.g. ps aux   or   celery -A app.celery_app inspect active</source>
        <translation>например, ps aux   или   celery -A app.celery_app inspect active</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Выполнить</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>Вывод:</translation>
    </message>
    <message>
        <source>Errors:</source>
        <translation>Ошибки:</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <source>Exit code %1</source>
        <translation>Код выхода %1</translation>
    </message>
    <message>
        <source>Run through sh -c</source>
        <translation>Выполнить через sh -c</translation>
    </message>
    <message>
        <source>For pipes, ; and variables, e.g. ps aux | grep gunicorn</source>
        <translation>Для конвейеров, ; и переменных, например ps aux | grep gunicorn</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Open shell</source>
        <translation>Открыть оболочку</translation>
    </message>
    <message>
        <source>Opens a terminal with an interactive shell in the container</source>
        <translation>Открывает терминал с интерактивной оболочкой в контейнере</translation>
    </message>
    <message>
        <source>Shell:</source>
        <translation>Оболочка:</translation>
    </message>
    <message>
        <source>The command has an unclosed quote or ends with a backslash.</source>
        <translation>В команде есть незакрытая кавычка или она заканчивается обратной косой чертой.</translation>
    </message>
    <message>
        <source>Stopped. The command may still be running in the container.</source>
        <translation>Остановлено. Команда может всё ещё выполняться в контейнере.</translation>
    </message>
    <message>
        <source>A terminal was opened with this command.</source>
        <translation>Открыт терминал с этой командой.</translation>
    </message>
    <message>
        <source>%1 Copy the command above and run it in a terminal.</source>
        <translation>%1 Скопируйте команду выше и выполните её в терминале.</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>The command to run in the container; the list holds the earlier ones.</source>
        <translation>Команда для выполнения в контейнере; в списке — выполненные ранее.</translation>
    </message>
    <message>
        <source>The command that opens a shell in the container, to copy when no terminal opens.</source>
        <translation>Команда, открывающая оболочку в контейнере, — скопируйте её, если терминал не открылся.</translation>
    </message>
    <message>
        <source>Without a shell, %1 reach the command as plain characters. Tick “Run through sh -c” for pipes, redirections and variables.</source>
        <translation>Без оболочки %1 попадут в команду как обычные символы. Для каналов, перенаправлений и переменных отметьте «Выполнить через sh -c».</translation>
    </message>
</context>
<context>
    <name>artgen::gui::RunListModel</name>
    <message>
        <source>Deployment (1–11)</source>
        <translation>Развёртывание (1–11)</translation>
    </message>
    <message>
        <source>Health check (6–10)</source>
        <translation>Проверка состояния (6–10)</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Шаг %1</translation>
    </message>
    <message>
        <source>Steps %1–%2</source>
        <translation>Шаги %1–%2</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Не начат</translation>
    </message>
    <message>
        <source>Failed at step %1</source>
        <translation>Не пройден шаг %1</translation>
    </message>
    <message>
        <source>Interrupted at step %1</source>
        <translation>Прерван на шаге %1</translation>
    </message>
    <message>
        <source>Complete, with warnings</source>
        <translation>Завершён с предупреждениями</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Завершён</translation>
    </message>
    <message>
        <source>%1 passed</source>
        <translation>пройдено: %1</translation>
    </message>
    <message>
        <source>%1 warned</source>
        <translation>с предупреждениями: %1</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>не пройдено: %1</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>пропущено: %1</translation>
    </message>
    <message>
        <source>none run</source>
        <translation>ни один не выполнялся</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начат</translation>
    </message>
    <message>
        <source>Run type</source>
        <translation>Тип запуска</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Шаги</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Откачено</translation>
    </message>
    <message>
        <source>Rollback failed</source>
        <translation>Откат не удался</translation>
    </message>
    <message>
        <source>Rolling back</source>
        <translation>Идёт откат</translation>
    </message>
    <message>
        <source>%1, superseded by a newer run</source>
        <translation>%1; после него был более новый запуск</translation>
    </message>
</context>
<context>
    <name>artgen::gui::SecretAsker</name>
    <message>
        <source>The keychain holds %1 of profile %2 but cannot be used now. Type it to use it until the panel is closed; it is not saved anywhere.</source>
        <translation>В связке ключей хранится %1 профиля %2, но сейчас ею нельзя воспользоваться. Введите значение: оно будет использоваться до закрытия панели и нигде не сохраняется.</translation>
    </message>
</context>
<context>
    <name>artgen::gui::SecretPromptDialog</name>
    <message>
        <source>Secret needed</source>
        <translation>Нужен секрет</translation>
    </message>
</context>
<context>
    <name>artgen::gui::SecretsNotice</name>
    <message numerus="yes">
        <source>Profile %1 keeps %n secret(s) in plain text in its .env.</source>
        <translation>
            <numerusform>Профиль %1 хранит %n секрет открытым текстом в своём .env.</numerusform>
            <numerusform>Профиль %1 хранит %n секрета открытым текстом в своём .env.</numerusform>
            <numerusform>Профиль %1 хранит %n секретов открытым текстом в своём .env.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) of profile %1 are now kept in the keychain.</source>
        <translation>
            <numerusform>%n секрет профиля %1 теперь хранится в связке ключей.</numerusform>
            <numerusform>%n секрета профиля %1 теперь хранятся в связке ключей.</numerusform>
            <numerusform>%n секретов профиля %1 теперь хранятся в связке ключей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep in keychain</source>
        <translation>Хранить в связке ключей</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>artgen::gui::SettingsPage</name>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Язык интерфейса:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Stack profiles</source>
        <translation>Профили стеков</translation>
    </message>
    <message>
        <source>Use as active profile</source>
        <translation>Сделать активным</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>Settings: %1
Log: %2</source>
        <translation>Настройки: %1
Журнал: %2</translation>
    </message>
    <message>
        <source>(not written)</source>
        <translation>(не ведётся)</translation>
    </message>
    <message>
        <source>%1 (active)</source>
        <translation>%1 (активный)</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Журналы</translation>
    </message>
    <message>
        <source>Lines &amp;kept in memory:</source>
        <translation>Строк &amp;в памяти:</translation>
    </message>
    <message>
        <source>The Logs page drops the oldest lines beyond this and says how many. About %1 bytes each: %2 lines take some %3.</source>
        <translation>Страница журналов отбрасывает самые старые строки сверх этого числа и сообщает, сколько. Около %1 байт на строку: %2 строк занимают примерно %3.</translation>
    </message>
    <message>
        <source>Every page works on the active profile; Profiles… adds, edits and tests them.</source>
        <translation>Все страницы работают с активным профилем; в окне «Профили…» их добавляют, изменяют и проверяют.</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Профили…</translation>
    </message>
    <message>
        <source>A&amp;udit log…</source>
        <translation>&amp;Журнал аудита…</translation>
    </message>
    <message>
        <source>%1 — production</source>
        <translation>%1 — рабочий</translation>
    </message>
</context>
<context>
    <name>artgen::gui::SourceChooser</name>
    <message>
        <source>All containers</source>
        <translation>Все контейнеры</translation>
    </message>
    <message>
        <source>Which containers to show: tick several for a merged timeline.</source>
        <translation>Какие контейнеры показывать: отметьте несколько для общей ленты.</translation>
    </message>
    <message>
        <source>Containers: all</source>
        <translation>Контейнеры: все</translation>
    </message>
    <message>
        <source>Container: %1</source>
        <translation>Контейнер: %1</translation>
    </message>
    <message>
        <source>Containers: %1</source>
        <translation>Контейнеры: %1</translation>
    </message>
</context>
<context>
    <name>artgen::gui::TerminateIdleDialog</name>
    <message>
        <source>Terminate idle connections</source>
        <translation>Завершение простаивающих подключений</translation>
    </message>
    <message>
        <source>Ends PostgreSQL sessions that have been idle for longer than the limit, as the deployment instructions do with pg_terminate_backend. Sessions in a transaction and the panel&apos;s own connection are never ended.</source>
        <translation>Завершает сеансы PostgreSQL, простаивающие дольше предела, как в инструкции по развёртыванию через pg_terminate_backend. Сеансы внутри транзакции и собственное подключение панели не завершаются никогда.</translation>
    </message>
    <message>
        <source>Idle for longer than:</source>
        <translation>Простаивают дольше:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>List sessions</source>
        <translation>Показать сеансы</translation>
    </message>
    <message>
        <source>Sessions that would be ended</source>
        <translation>Сеансы, которые будут завершены</translation>
    </message>
    <message>
        <source>End sessions</source>
        <translation>Завершить сеансы</translation>
    </message>
    <message>
        <source>Looking for idle sessions…</source>
        <translation>Поиск простаивающих сеансов…</translation>
    </message>
    <message>
        <source>Ending sessions…</source>
        <translation>Завершение сеансов…</translation>
    </message>
    <message numerus="yes">
        <source>End %Ln session(s)</source>
        <translation>
            <numerusform>Завершить %Ln сеанс</numerusform>
            <numerusform>Завершить %Ln сеанса</numerusform>
            <numerusform>Завершить %Ln сеансов</numerusform>
        </translation>
    </message>
    <message>
        <source>No session has been idle that long.</source>
        <translation>Ни один сеанс не простаивает так долго.</translation>
    </message>
    <message>
        <source>These sessions will be ended. Their clients reconnect when they next need the database.</source>
        <translation>Эти сеансы будут завершены. Их клиенты подключатся снова, когда им понадобится база данных.</translation>
    </message>
    <message numerus="yes">
        <source>Ended %Ln session(s).</source>
        <translation>
            <numerusform>Завершён %Ln сеанс.</numerusform>
            <numerusform>Завершено %Ln сеанса.</numerusform>
            <numerusform>Завершено %Ln сеансов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>End %n listed session(s) of “%1”? Their clients are disconnected.</source>
        <translation>
            <numerusform>Завершить %n показанный сеанс профиля «%1»? Его клиент будет отключён.</numerusform>
            <numerusform>Завершить %n показанных сеанса профиля «%1»? Их клиенты будут отключены.</numerusform>
            <numerusform>Завершить %n показанных сеансов профиля «%1»? Их клиенты будут отключены.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>artgen::gui::TroubleshootController</name>
    <message>
        <source>Gathering the evidence…</source>
        <translation>Сбор данных…</translation>
    </message>
    <message>
        <source>Restarting %1 and waiting until it answers…</source>
        <translation>Перезапуск %1 и ожидание ответа…</translation>
    </message>
    <message>
        <source>FLUSHDB on Redis database %1…</source>
        <translation>FLUSHDB для базы Redis %1…</translation>
    </message>
    <message>
        <source>FLUSHDB done in %1: the database&apos;s keys are gone.</source>
        <translation>FLUSHDB выполнен за %1: ключи базы удалены.</translation>
    </message>
    <message>
        <source>Restarted in %1; the service answers again.</source>
        <translation>Перезапущен за %1; сервис снова отвечает.</translation>
    </message>
</context>
<context>
    <name>artgen::gui::TroubleshootingPage</name>
    <message>
        <source>Diagnose again to confirm.</source>
        <translation>Повторите диагностику, чтобы убедиться.</translation>
    </message>
    <message>
        <source>What is wrong?</source>
        <translation>Что не так?</translation>
    </message>
    <message>
        <source>Diagnoses every runbook below in one pass and opens the one that matches, with its evidence.</source>
        <translation>Проводит диагностику по всем инструкциям ниже за один проход и открывает подходящую вместе с собранными данными.</translation>
    </message>
    <message>
        <source>Diagnose</source>
        <translation>Диагностика</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Данные:</translation>
    </message>
    <message>
        <source>Restart the backend…</source>
        <translation>Перезапустить бэкенд…</translation>
    </message>
    <message>
        <source>Edit the timeouts</source>
        <translation>Изменить тайм-ауты</translation>
    </message>
    <message>
        <source>Opens the Configuration page at nginx&apos;s proxy timeouts.</source>
        <translation>Открывает страницу «Конфигурация» на тайм-аутах прокси nginx.</translation>
    </message>
    <message>
        <source>End idle sessions…</source>
        <translation>Завершить простаивающие сеансы…</translation>
    </message>
    <message>
        <source>Lists the sessions idle for more than 5 minutes, then ends them.</source>
        <translation>Показывает сеансы, простаивающие более 5 минут, затем завершает их.</translation>
    </message>
    <message>
        <source>FLUSHDB…</source>
        <translation>FLUSHDB…</translation>
    </message>
    <message>
        <source>Restart Celery…</source>
        <translation>Перезапустить Celery…</translation>
    </message>
    <message>
        <source>Restarts Celery and waits until `celery inspect ping` answers.</source>
        <translation>Перезапускает Celery и ждёт, пока `celery inspect ping` не ответит.</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Исправление:</translation>
    </message>
    <message>
        <source>Not diagnosed yet: click Diagnose.</source>
        <translation>Диагностика ещё не проводилась: нажмите «Диагностика».</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Обнаружено: %1</translation>
    </message>
    <message>
        <source>Not this problem: %1</source>
        <translation>Не эта проблема: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Nothing is wrong: none of the five problems shows in the evidence.</source>
        <translation>Всё в порядке: собранные данные не указывают ни на одну из пяти проблем.</translation>
    </message>
    <message>
        <source>Restart %1?</source>
        <translation>Перезапустить %1?</translation>
    </message>
    <message>
        <source>Celery is restarted; tasks it is running now are interrupted and retried by Celery. The panel waits until `celery inspect ping` answers.</source>
        <translation>Celery будет перезапущен; выполняемые сейчас задачи прервутся, и Celery повторит их. Панель дождётся ответа `celery inspect ping`.</translation>
    </message>
    <message>
        <source>The backend is restarted; requests it is answering now fail with 502 until it is back. The panel waits until the API answers again.</source>
        <translation>Backend будет перезапущен; запросы, которые он сейчас обрабатывает, завершатся ошибкой 502, пока он не вернётся. Панель дождётся, когда API снова ответит.</translation>
    </message>
    <message>
        <source>Restart %1</source>
        <translation>Перезапуск %1</translation>
    </message>
    <message>
        <source>PostgreSQL monitoring is not running for this profile: turn it on to end idle sessions.</source>
        <translation>Мониторинг PostgreSQL для этого профиля не запущен: включите его, чтобы завершать простаивающие сеансы.</translation>
    </message>
    <message>
        <source>PostgreSQL monitoring stopped.</source>
        <translation>Мониторинг PostgreSQL остановлен.</translation>
    </message>
    <message>
        <source>The profile was switched or closed.</source>
        <translation>Профиль был переключён или закрыт.</translation>
    </message>
    <message>
        <source>Empty the Redis database</source>
        <translation>Очистка базы Redis</translation>
    </message>
    <message>
        <source>FLUSHDB removes every key of Redis database %1: queued Celery tasks and cached results are lost.</source>
        <translation>FLUSHDB удаляет все ключи базы Redis %1: задачи Celery в очереди и закэшированные результаты будут потеряны.</translation>
    </message>
    <message>
        <source>Empty it</source>
        <translation>Очистить</translation>
    </message>
</context>
<context>
    <name>artgen::gui::TypedConfirmDialog</name>
    <message>
        <source>“%1” is a production profile. Type its name to go ahead:</source>
        <translation>«%1» — рабочий профиль. Чтобы продолжить, введите его имя:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Имя профиля</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>artgen::gui::WorkersSummary</name>
    <message>
        <source>Workers: unknown</source>
        <translation>Воркеры: неизвестно</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>запуск…</translation>
    </message>
    <message>
        <source>stopping…</source>
        <translation>останавливается…</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>остановлен</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>1 + %L1 of %2</source>
        <translation>1 + %L1 из %2</translation>
    </message>
    <message>
        <source>%L1 of %2</source>
        <translation>%L1 из %2</translation>
    </message>
    <message>
        <source>gunicorn: %1   Celery: %2</source>
        <translation>gunicorn: %1   Celery: %2</translation>
    </message>
    <message>
        <source>gunicorn masters: %L1. Measured from the containers&apos; process tables.</source>
        <translation>Главных процессов gunicorn: %L1. Подсчитано по таблицам процессов контейнеров.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Demo stack</source>
        <translation>Демо-стек</translation>
    </message>
    <message>
        <source>ArtGen Control Panel</source>
        <translation>Панель управления ArtGen</translation>
    </message>
    <message>
        <source>Control panel for the art_generation Docker stack.</source>
        <translation>Панель управления Docker-стеком art_generation.</translation>
    </message>
    <message>
        <source>Open with profile NAME.</source>
        <translation>Открыть с профилем ИМЯ.</translation>
    </message>
    <message>
        <source>Log debug output to stderr.</source>
        <translation>Выводить отладочные сообщения в stderr.</translation>
    </message>
    <message>
        <source>There is no profile called “%1”. The panel opened the last used one.</source>
        <translation>Профиля «%1» нет. Панель открыта с последним использованным профилем.</translation>
    </message>
    <message>
        <source>Open the stack in DIR (the folder that holds Docker_all/), adding a profile for it if needed.</source>
        <translation>Открыть стек в ПАПКЕ (в той, где лежит Docker_all/), при необходимости добавив для него профиль.</translation>
    </message>
    <message>
        <source>%1 is not a stack folder: it has no Docker_all/docker-compose.yml.</source>
        <translation>%1 — не папка стека: в ней нет Docker_all/docker-compose.yml.</translation>
    </message>
    <message>
        <source>The panel runs with the demo profile for now; changes made in this session are not saved.</source>
        <translation>Пока панель работает с демо-профилем; изменения, сделанные в этом сеансе, не сохраняются.</translation>
    </message>
    <message>
        <source>Open on page KEY (containers, logs, charts, backups, configuration, deployment, troubleshooting, loadtest, settings).</source>
        <translation>Открыть на странице KEY (containers, logs, charts, backups, configuration, deployment, troubleshooting, loadtest, settings).</translation>
    </message>
</context>
</TS>
