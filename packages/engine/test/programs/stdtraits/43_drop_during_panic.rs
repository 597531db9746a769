struct Guard {
    label: String,
}

impl Drop for Guard {
    fn drop(&mut self) {
        println!("cleanup: {}", self.label);
    }
}

fn risky(depth: u32) {
    let _g = Guard { label: format!("frame {}", depth) };
    println!("entering depth {}", depth);
    if depth == 3 {
        let values: Vec<i32> = Vec::new();
        let first = values.first().expect("no values at depth 3");
        println!("{}", first);
    }
    risky(depth + 1);
}

fn main() {
    let _outer = Guard { label: String::from("main") };
    risky(1);
    println!("never printed");
}
