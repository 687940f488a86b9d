package com.helpdesk.platform.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** A fresh database on a real PostgreSQL for the application under test; dropped when it stops. */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    private PostgresServer server;
    private String database;

    @Override
    public Map<String, String> start() {
        server = PostgresServer.shared();
        database = server.createDatabase("test_" + System.getProperty("helpdesk.test.database-prefix", "helpdesk"));
        return server.datasource(database);
    }

    @Override
    public void stop() {
        if (database != null) {
            server.dropDatabase(database);
        }
    }
}
