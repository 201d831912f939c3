package org.mentorat.profile.questionnaire;

import com.mongodb.client.MongoDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class QuestionnaireConfiguration {

    @Bean
    QuestionnaireResultStore questionnaireResultStore(MongoDatabase database) {
        return new QuestionnaireResultStore(database.getCollection("questionnaire_results"));
    }
}
