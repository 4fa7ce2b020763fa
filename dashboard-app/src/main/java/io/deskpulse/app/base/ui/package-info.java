/**
 * The app shell: the main layout with the side navigation, the login view, the landing route and
 * small helpers every view uses (the viewer's time zone).
 */
package io.deskpulse.app.base.ui;
