package de.teilhabe;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class TeilhabeApplication {

	public static void main(String[] args) {
		SpringApplication.run(TeilhabeApplication.class, args);
	}

}
