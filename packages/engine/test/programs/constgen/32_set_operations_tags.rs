use std::collections::HashSet;

// Comparing the skills two teams have.
#[derive(Debug, Clone, Copy, Hash, PartialEq, Eq, PartialOrd, Ord)]
enum Skill {
    Rust,
    Python,
    Sql,
    Design,
    Testing,
}

fn sorted(set: impl Iterator<Item = Skill>) -> Vec<Skill> {
    let mut v: Vec<Skill> = set.collect();
    v.sort();
    v
}

fn main() {
    let team_a: HashSet<Skill> = [Skill::Rust, Skill::Sql, Skill::Testing].into_iter().collect();
    let team_b: HashSet<Skill> = [Skill::Python, Skill::Sql, Skill::Design, Skill::Testing]
        .into_iter()
        .collect();

    println!("both:   {:?}", sorted(team_a.intersection(&team_b).copied()));
    println!("either: {:?}", sorted(team_a.union(&team_b).copied()));
    println!("only a: {:?}", sorted(team_a.difference(&team_b).copied()));
    println!("one of: {:?}", sorted(team_a.symmetric_difference(&team_b).copied()));
    println!("a subset of b? {}", team_a.is_subset(&team_b));
}
