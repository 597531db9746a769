mod gradebook {
    use std::collections::{BTreeMap, HashMap};

    pub struct Gradebook {
        scores: HashMap<String, Vec<u32>>,
    }

    impl Gradebook {
        pub fn new() -> Self {
            Gradebook { scores: HashMap::new() }
        }

        pub fn record(&mut self, student: &str, score: u32) {
            self.scores.entry(student.to_string()).or_insert_with(Vec::new).push(score);
        }

        pub fn averages(&self) -> BTreeMap<String, f64> {
            let mut out = BTreeMap::new();
            for (name, list) in &self.scores {
                let avg = list.iter().sum::<u32>() as f64 / list.len() as f64;
                out.insert(name.clone(), avg);
            }
            out
        }

        pub fn best(&self) -> Option<(String, u32)> {
            let mut all: Vec<(String, u32)> = self
                .scores
                .iter()
                .map(|(n, l)| (n.clone(), *l.iter().max().unwrap()))
                .collect();
            all.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            all.into_iter().next()
        }
    }
}

fn main() {
    let mut gb = gradebook::Gradebook::new();
    let data = [("zoe", 88), ("adam", 72), ("zoe", 95), ("mei", 95), ("adam", 81), ("mei", 60)];
    for (name, score) in data {
        gb.record(name, score);
    }
    for (name, avg) in gb.averages() {
        println!("{:<5} {:.1}", name, avg);
    }
    println!("best single score: {:?}", gb.best());
}
