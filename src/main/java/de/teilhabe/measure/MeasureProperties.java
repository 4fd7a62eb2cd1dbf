package de.teilhabe.measure;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param reportInterval how often the responsible bodies are asked for the state of
 * adopted measures
 */
@ConfigurationProperties("teilhabe.measure")
record MeasureProperties(@DefaultValue("P1Y") Period reportInterval) {
}
