fn ticket_machine(prefix: &'static str) -> impl FnMut() -> String {
    let mut next = 1;
    || {
        let t = format!("{}-{:03}", prefix, next);
        next += 1;
        t
    }
}

fn main() {
    let mut take = ticket_machine("A");
    for _ in 0..3 {
        println!("Now serving {}", take());
    }
}
