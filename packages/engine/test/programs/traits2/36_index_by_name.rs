use std::ops::Index;

// Index with a &str key on a small roster.
struct Roster {
    names: Vec<&'static str>,
    ages: Vec<u32>,
}

impl Index<&str> for Roster {
    type Output = u32;
    fn index(&self, name: &str) -> &u32 {
        let pos = self
            .names
            .iter()
            .position(|n| *n == name)
            .expect("no such person");
        &self.ages[pos]
    }
}

impl Index<usize> for Roster {
    type Output = u32;
    fn index(&self, i: usize) -> &u32 {
        &self.ages[i]
    }
}

fn main() {
    let r = Roster { names: vec!["ana", "ben", "cho"], ages: vec![31, 27, 45] };
    println!("ben is {}", r["ben"]);
    println!("first age {}", r[0]);
    println!("sum {}", r["ana"] + r["cho"]);
    // Unknown key panics inside index.
    println!("dan is {}", r["dan"]);
}
