// Idiomatic `use`: bring the parent module for functions, the full path for types.
use std::collections::HashMap;
use std::fmt;

mod scores {
    pub fn average(xs: &[u32]) -> f64 {
        if xs.is_empty() {
            0.0
        } else {
            xs.iter().sum::<u32>() as f64 / xs.len() as f64
        }
    }
}

struct Team {
    name: String,
    results: Vec<u32>,
}

impl fmt::Display for Team {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (avg {:.1})", self.name, scores::average(&self.results))
    }
}

fn main() {
    let mut map = HashMap::new();
    map.insert(1, Team { name: "Falcons".into(), results: vec![3, 1, 4] });
    map.insert(2, Team { name: "Otters".into(), results: vec![2, 2] });
    map.insert(3, Team { name: "Newcomers".into(), results: vec![] });

    let mut ids: Vec<_> = map.keys().copied().collect();
    ids.sort();
    for id in ids {
        println!("#{} {}", id, map[&id]);
    }
}
