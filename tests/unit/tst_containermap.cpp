#include "docker/containermap.h"
#include "settings/profile.h"
#include "stackconfig/stackroles.h"

#include <QTest>

using namespace artgen::core;

// The stack's roles and which containers make a profile's stack: pure, no Docker.
class TestContainerMap : public QObject
{
    Q_OBJECT

    static Profile demoProfile()
    {
        Profile p;
        p.name = QStringLiteral("demo");
        p.stackDir = QStringLiteral("/srv/demo");
        p.projectName = QStringLiteral("art_generation");
        p.containers = Profile::defaultContainers();
        return p;
    }

    // A container as GET /containers/json?filters=label=com.docker.compose.project=… lists it.
    static ContainerSummary labelled(const QString& name, const QString& service)
    {
        ContainerSummary c;
        c.name = name;
        c.service = service;
        c.project = QStringLiteral("art_generation");
        c.state = QStringLiteral("running");
        return c;
    }

    // What Docker lists for the demo stack: its five containers, by their compose labels.
    static QList<ContainerSummary> demoProject()
    {
        QList<ContainerSummary> list;
        for (const StackRole role : StackRoles::all())
            list << labelled(StackRoles::defaultContainer(role), StackRoles::service(role));
        return list;
    }

private Q_SLOTS:
    void rolesHaveOneServiceKeyEach()
    {
        const QList<StackRole> roles = StackRoles::all();
        QCOMPARE(roles.size(), 5);
        QCOMPARE(StackRoles::services(),
                 (QStringList{QStringLiteral("backend"), QStringLiteral("celery"),
                              QStringLiteral("postgres"), QStringLiteral("redis"),
                              QStringLiteral("frontend")}));
        for (const StackRole role : roles)
            QCOMPARE(StackRoles::fromService(StackRoles::service(role)), role);
        QCOMPARE(StackRoles::fromService(QStringLiteral("worker2")), std::nullopt);
        QCOMPARE(StackRoles::fromService(QStringLiteral("Backend")), std::nullopt);
        QCOMPARE(StackRoles::fromService(QString()), std::nullopt);
        QCOMPARE(StackRoles::workers(), (QList<StackRole>{StackRole::Backend, StackRole::Celery}));
    }

    void defaultContainersAreNamedAfterTheService()
    {
        QCOMPARE(StackRoles::defaultContainer(StackRole::Backend),
                 QStringLiteral("art_generation_backend"));
        QCOMPARE(StackRoles::defaultContainer(StackRole::Postgres),
                 QStringLiteral("art_generation_postgres"));
        QCOMPARE(StackRoles::defaultContainers(StackRoles::workers()),
                 (QStringList{QStringLiteral("art_generation_backend"),
                              QStringLiteral("art_generation_celery")}));
        const QMap<QString, QString> map = StackRoles::defaultContainerMap();
        QCOMPARE(map.keys(), (QStringList{QStringLiteral("backend"), QStringLiteral("celery"),
                                          QStringLiteral("frontend"), QStringLiteral("postgres"),
                                          QStringLiteral("redis")}));
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            QCOMPARE(it.value(), QStringLiteral("art_generation_") + it.key());
        // What a profile and its settings use is the same list.
        QCOMPARE(Profile::serviceNames(), StackRoles::services());
        QCOMPARE(Profile::defaultContainers(), map);
    }

    void profileMapsEveryRole()
    {
        const ContainerMap map(demoProfile());
        QCOMPARE(map.all(), StackRoles::defaultContainerMap());
        for (const StackRole role : StackRoles::all())
            QCOMPARE(map.container(role), StackRoles::defaultContainer(role));
        QCOMPARE(map.containers(StackRoles::workers()),
                 StackRoles::defaultContainers(StackRoles::workers()));
    }

    void profileOverridesARoleAndEmptyMeansDefault()
    {
        Profile p = demoProfile();
        p.containers[QStringLiteral("frontend")] = QStringLiteral("  edge_nginx ");
        p.containers[QStringLiteral("celery")] = QString();
        p.containers.remove(QStringLiteral("redis"));
        p.containers[QStringLiteral("flower")] = QStringLiteral("ops_flower"); // the profile's own
        p.containers[QStringLiteral("beat")] = QString(); // no default to fall back on
        const ContainerMap map(p);
        QCOMPARE(map.container(StackRole::Frontend), QStringLiteral("edge_nginx"));
        QCOMPARE(map.container(StackRole::Celery), QStringLiteral("art_generation_celery"));
        QCOMPARE(map.container(StackRole::Redis), QString());
        QVERIFY(!map.hasService(QStringLiteral("redis")));
        QCOMPARE(map.container(QStringLiteral("flower")), QStringLiteral("ops_flower"));
        QVERIFY(!map.hasService(QStringLiteral("beat")));
        QCOMPARE(map.services(), (QStringList{QStringLiteral("backend"), QStringLiteral("celery"),
                                              QStringLiteral("flower"), QStringLiteral("frontend"),
                                              QStringLiteral("postgres")}));

        // A profile without a worker role: the others still count.
        p.containers.remove(QStringLiteral("backend"));
        QCOMPARE(ContainerMap(p).containers(StackRoles::workers()),
                 QStringList{QStringLiteral("art_generation_celery")});
    }

    void discoveredServicesJoinTheProfiles()
    {
        QList<ContainerSummary> project = demoProject();
        project << labelled(QStringLiteral("art_generation_worker2"), QStringLiteral("worker2"));
        const ContainerMap map(demoProfile(), project);
        QMap<QString, QString> expected = StackRoles::defaultContainerMap();
        expected.insert(QStringLiteral("worker2"), QStringLiteral("art_generation_worker2"));
        QCOMPARE(map.all(), expected);
        QCOMPARE(map.serviceOf(QStringLiteral("worker2")), QStringLiteral("worker2"));
        QCOMPARE(map.namesFor(QStringLiteral("worker2")), QStringList{QStringLiteral("worker2")});
        QCOMPARE(map.namesFor(QStringLiteral("art_generation_worker2")),
                 QStringList{QStringLiteral("worker2")});
        // The roles stay what the profile says: the extra service is no worker role.
        QCOMPARE(map.containers(StackRoles::workers()),
                 StackRoles::defaultContainers(StackRoles::workers()));
    }

    void rolesMissingFromDockerStayInTheStack()
    {
        // `compose down` then a stray labelled container: the roles are still the stack's (their
        // rows say "missing"), and so is the stray one.
        const ContainerMap map(demoProfile(), {labelled(QStringLiteral("x"), QStringLiteral("y"))});
        QCOMPARE(map.services().size(), 6);
        QCOMPARE(map.container(StackRole::Postgres), QStringLiteral("art_generation_postgres"));
        QCOMPARE(map.container(QStringLiteral("y")), QStringLiteral("x"));
        // Docker out of reach: the profile's own services, nothing invented.
        QCOMPARE(ContainerMap(demoProfile(), {}), ContainerMap(demoProfile()));
    }

    void labelsNeverReplaceAProfilesService()
    {
        // The profile plays "frontend" with the Redis container: the compose-labelled
        // art_generation_frontend is not the stack's frontend, nor a second service.
        Profile p = demoProfile();
        p.containers[QStringLiteral("frontend")] = QStringLiteral("art_generation_redis");
        // And a container the profile maps, labelled as another service, is not that service.
        QList<ContainerSummary> project = demoProject();
        project << labelled(QStringLiteral("art_generation_backend"), QStringLiteral("api"));
        const ContainerMap map(p, project);
        QCOMPARE(map.container(StackRole::Frontend), QStringLiteral("art_generation_redis"));
        QVERIFY(!map.all().values().contains(QStringLiteral("art_generation_frontend")));
        QVERIFY(!map.hasService(QStringLiteral("api")));
        QCOMPARE(map.services(), StackRoles::defaultContainerMap().keys());
        // Asked by container name, a container that plays two services is the one it is named
        // after.
        QCOMPARE(map.namesFor(QStringLiteral("art_generation_redis")),
                 QStringList{QStringLiteral("redis")});
    }

    void scaledServiceIsOneEntryPerContainer()
    {
        QList<ContainerSummary> project = demoProject();
        project << labelled(QStringLiteral("art_generation-worker2-2"), QStringLiteral("worker2"))
                << labelled(QStringLiteral("art_generation-worker2-1"), QStringLiteral("worker2"));
        const ContainerMap map(demoProfile(), project);
        const QStringList replicas{QStringLiteral("art_generation-worker2-1"),
                                   QStringLiteral("art_generation-worker2-2")};
        QVERIFY(!map.hasService(QStringLiteral("worker2")));
        for (const QString& r : replicas) {
            QCOMPARE(map.container(r), r);
            QCOMPARE(map.serviceOf(r), QStringLiteral("worker2"));
            QCOMPARE(map.namesFor(r), QStringList{r});
        }
        QCOMPARE(map.namesFor(QStringLiteral("worker2")), replicas);
        QCOMPARE(map.services().size(), 7);
    }

    void containerWithoutServiceLabelIsNamedByItself()
    {
        const ContainerMap map(demoProfile(), {labelled(QStringLiteral("odd"), QString())});
        QCOMPARE(map.container(QStringLiteral("odd")), QStringLiteral("odd"));
    }

    void unknownNamesStandForNothing()
    {
        const ContainerMap map(demoProfile(), demoProject());
        QVERIFY(map.namesFor(QStringLiteral("nosuch")).isEmpty());
        QVERIFY(map.namesFor(QString()).isEmpty());
        QCOMPARE(map.namesFor(QStringLiteral("backend")), QStringList{QStringLiteral("backend")});
        QCOMPARE(map.namesFor(QStringLiteral("art_generation_celery")),
                 QStringList{QStringLiteral("celery")});
    }
};

QTEST_GUILESS_MAIN(TestContainerMap)
#include "tst_containermap.moc"
