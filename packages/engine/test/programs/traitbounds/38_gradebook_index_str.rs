// Index<&str> returning a student's score; an unknown name panics like a HashMap would.
use std::ops::{Index, IndexMut};

struct Gradebook {
    names: Vec<String>,
    scores: Vec<u32>,
}

impl Gradebook {
    fn new() -> Self {
        Gradebook { names: Vec::new(), scores: Vec::new() }
    }
    fn add(&mut self, name: &str, score: u32) {
        self.names.push(name.to_string());
        self.scores.push(score);
    }
    fn position(&self, name: &str) -> usize {
        match self.names.iter().position(|n| n == name) {
            Some(i) => i,
            None => panic!("no student named {}", name),
        }
    }
}

impl Index<&str> for Gradebook {
    type Output = u32;
    fn index(&self, name: &str) -> &u32 {
        &self.scores[self.position(name)]
    }
}

impl IndexMut<&str> for Gradebook {
    fn index_mut(&mut self, name: &str) -> &mut u32 {
        let i = self.position(name);
        &mut self.scores[i]
    }
}

fn main() {
    let mut book = Gradebook::new();
    book.add("amelia", 81);
    book.add("bruno", 67);
    book.add("chen", 94);

    book["bruno"] += 5; // regrade
    println!("amelia: {}", book["amelia"]);
    println!("bruno:  {}", book["bruno"]);
    let avg = book.scores.iter().sum::<u32>() as f64 / book.scores.len() as f64;
    println!("average: {:.2}", avg);
    println!("dmitri: {}", book["dmitri"]);
}
