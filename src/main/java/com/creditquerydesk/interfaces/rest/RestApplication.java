package com.creditquerydesk.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** All JSON resources live under /api; the web interface is served from "/". */
@ApplicationPath("/api")
public class RestApplication extends Application {
}
