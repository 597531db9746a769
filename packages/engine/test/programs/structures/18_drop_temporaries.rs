// Temporaries are dropped at the end of the full statement.
struct Guard(&'static str);

impl Drop for Guard {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

impl Guard {
    fn value(&self) -> usize {
        self.0.len()
    }
}

fn make(name: &'static str) -> Guard {
    println!("make {}", name);
    Guard(name)
}

fn main() {
    println!("1: temporary in expression");
    let n = make("temp").value();
    println!("n = {}", n);

    println!("2: two temporaries in one statement");
    let total = make("left").value() + make("right").value();
    println!("total = {}", total);

    println!("3: bound with let keeps it alive");
    let kept = make("kept");
    println!("kept.value() = {}", kept.value());

    println!("4: let _ = drops immediately");
    let _ = make("underscore");
    println!("after let _");

    println!("5: let _named keeps it");
    let _named = make("named");
    println!("after let _named");

    println!("6: temporary in if condition");
    if make("cond").value() > 3 {
        println!("inside if");
    }
    println!("7: match scrutinee lives for the whole match");
    match make("scrut").value() {
        5 => println!("five"),
        _ => println!("other"),
    }
    println!("end of main");
}
