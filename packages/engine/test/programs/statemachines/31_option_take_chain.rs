// A chain of pending states linked through Option<Box<Step>>; take() moves each one out
#[derive(Debug)]
struct Step {
    name: &'static str,
    next: Option<Box<Step>>,
}

fn build(names: &[&'static str]) -> Option<Box<Step>> {
    let mut head: Option<Box<Step>> = None;
    for name in names.iter().rev() {
        head = Some(Box::new(Step { name, next: head }));
    }
    head
}

fn main() {
    let mut current = build(&["validate", "reserve", "charge", "notify"]);
    let mut done = Vec::new();
    while let Some(mut step) = current {
        current = step.next.take();
        println!("running {} (more after: {})", step.name, current.is_some());
        done.push(step.name);
    }
    println!("done: {:?}", done);

    let mut pipeline = build(&["a", "b"]);
    if let Some(first) = pipeline.as_mut() {
        first.name = "A";
    }
    println!("{:?}", pipeline);
}
