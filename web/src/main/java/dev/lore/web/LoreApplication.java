package dev.lore.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Entry point of the Lore server and command-line tool. */
@SpringBootApplication
public class LoreApplication {
    public static void main(String[] args) {
        SpringApplication.run(LoreApplication.class, args);
    }
}
