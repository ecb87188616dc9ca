package nl.onderwijsgraaf;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class OnderwijsgraafApplication {

	public static void main(String[] args) {
		SpringApplication.run(OnderwijsgraafApplication.class, args);
	}

}
