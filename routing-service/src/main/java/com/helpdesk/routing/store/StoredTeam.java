package com.helpdesk.routing.store;

import java.util.Arrays;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.helpdesk.routing.domain.CategoryPattern;
import com.helpdesk.routing.domain.Team;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

@Entity
@Table(name = "team")
public class StoredTeam extends PanacheEntityBase {

    @Id
    public String id;
    public String name;
    public String[] categories;

    public Team toTeam() {
        return new Team(id, name, Arrays.stream(categories).map(CategoryPattern::new).toList());
    }
}
