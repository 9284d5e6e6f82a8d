<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
    <name>artgen::cli::ProfilesCommand</name>
    <message>
        <source>List the stack profiles (the active one is marked with *).</source>
        <translation>Показать профили стеков (активный отмечен *).</translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation>Вывести один документ JSON.</translation>
    </message>
    <message>
        <source>No profiles are configured. Start the panel once, or use --stack-dir DIR.</source>
        <translation>Ни одного профиля не настроено. Запустите панель один раз или укажите --stack-dir ПАПКА.</translation>
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
        <source>Docker at %1 did not answer within %2 seconds.</source>
        <translation>Docker по адресу %1 не ответил за %2 с.</translation>
    </message>
    <message>
        <source>The daemon accepted the connection but sent no reply.</source>
        <translation>Демон принял соединение, но ничего не ответил.</translation>
    </message>
    <message>
        <source>Check that dockerd is healthy (systemctl status docker).</source>
        <translation>Проверьте состояние dockerd (systemctl status docker).</translation>
    </message>
    <message>
        <source>The panel cannot reach Docker at %1 yet.</source>
        <translation>Панель пока не умеет подключаться к Docker по адресу %1.</translation>
    </message>
    <message>
        <source>TLS and SSH connections arrive with the Containers page.</source>
        <translation>Подключения по TLS и SSH появятся вместе со страницей «Контейнеры».</translation>
    </message>
    <message>
        <source>Use the local socket or plain tcp:// for now.</source>
        <translation>Пока используйте локальный сокет или обычный tcp://.</translation>
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
        <source>Docker at %1 answered with HTTP %2.</source>
        <translation>Docker по адресу %1 ответил кодом HTTP %2.</translation>
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
</context>
<context>
    <name>artgen::gui::MainWindow</name>
    <message>
        <source>It will list the stack&apos;s services with state, health, uptime, restarts, CPU and memory, and start, stop, restart, build and bring the stack up or down — what docker-compose ps/up/down/build do today.</source>
        <translation>Здесь будут службы стека с состоянием, здоровьем, временем работы, перезапусками, CPU и памятью, а также запуск, остановка, перезапуск, сборка, подъём и остановка всего стека — то, что сегодня делают docker-compose ps/up/down/build.</translation>
    </message>
    <message>
        <source>It will follow the logs of all services at once, merged and searchable, across restarts — what docker logs -f does today.</source>
        <translation>Здесь будут журналы всех служб сразу, сведённые в одну ленту, с поиском и без потерь при перезапусках — то, что сегодня делает docker logs -f.</translation>
    </message>
    <message>
        <source>It will chart PostgreSQL and Redis connections, CPU and memory over time against the limits from the deployment instructions.</source>
        <translation>Здесь будут графики соединений PostgreSQL и Redis, CPU и памяти во времени — в сравнении с пределами из инструкции по развёртыванию.</translation>
    </message>
    <message>
        <source>It will back up and restore the stack&apos;s database in one click, verified, with a catalogue and retention — what pg_dump and psql do today.</source>
        <translation>Здесь будет резервное копирование и восстановление базы данных стека одним щелчком, с проверкой, каталогом копий и сроком хранения — то, что сегодня делают pg_dump и psql.</translation>
    </message>
    <message>
        <source>It will edit timeouts, rate limits, worker counts and pool sizes in nginx-docker.conf, docker-compose.yml and db.py safely, keeping the previous version.</source>
        <translation>Здесь можно будет безопасно менять таймауты, ограничения частоты запросов, число воркеров и размеры пулов в nginx-docker.conf, docker-compose.yml и db.py, сохраняя предыдущую версию.</translation>
    </message>
    <message>
        <source>It will walk through the eleven-item deployment checklist step by step, running each check and recording the result.</source>
        <translation>Здесь будет пошаговый проход по чек-листу развёртывания из одиннадцати пунктов: каждая проверка выполняется, а результат записывается.</translation>
    </message>
    <message>
        <source>It will offer runbooks for 502, 504, too many connections, Redis timeouts and Celery workers that do not start.</source>
        <translation>Здесь будут инструкции для ошибок 502 и 504, избытка соединений, таймаутов Redis и не запускающихся воркеров Celery.</translation>
    </message>
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
</context>
<context>
    <name>artgen::gui::PlaceholderPage</name>
    <message>
        <source>This page is not available yet.</source>
        <translation>Эта страница пока недоступна.</translation>
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
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Use as active profile</source>
        <translation>Сделать активным</translation>
    </message>
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
        <source>New profile</source>
        <translation>Новый профиль</translation>
    </message>
    <message>
        <source>Choose the stack folder (it holds Docker_all/)</source>
        <translation>Выберите папку стека (в ней лежит Docker_all/)</translation>
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
        <source>Open on page KEY (containers, logs, charts, backups, configuration, deployment, troubleshooting, settings).</source>
        <translation>Открыть на странице КЛЮЧ (containers, logs, charts, backups, configuration, deployment, troubleshooting, settings).</translation>
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
</context>
</TS>
