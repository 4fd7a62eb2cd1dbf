/**
 * Documentation versions composed of the chapters the other modules contribute, published
 * only after a manager's approval.
 */
@ApplicationModule(displayName = "Documentation", allowedDependencies = { "participation", "system" })
package de.teilhabe.documentation;

import org.springframework.modulith.ApplicationModule;
