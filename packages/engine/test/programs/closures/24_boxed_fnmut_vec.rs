// A list of stateful tasks, each a boxed FnMut.
fn main() {
    let mut tasks: Vec<Box<dyn FnMut() -> String>> = Vec::new();

    let mut ticks = 0;
    tasks.push(Box::new(move || {
        ticks += 1;
        format!("ticker at {}", ticks)
    }));

    let mut queue = vec!["email", "backup", "report"];
    tasks.push(Box::new(move || match queue.pop() {
        Some(job) => format!("ran {}", job),
        None => String::from("queue empty"),
    }));

    let mut fib = (0u64, 1u64);
    tasks.push(Box::new(move || {
        let out = fib.0;
        fib = (fib.1, fib.0 + fib.1);
        format!("fib {}", out)
    }));

    for round in 1..=4 {
        println!("round {}", round);
        for t in tasks.iter_mut() {
            println!("  {}", t());
        }
    }
}
