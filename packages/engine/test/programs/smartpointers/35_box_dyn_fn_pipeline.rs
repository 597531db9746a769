fn make_adder(n: i32) -> Box<dyn Fn(i32) -> i32> {
    Box::new(move |x| x + n)
}

fn make_multiplier(n: i32) -> Box<dyn Fn(i32) -> i32> {
    Box::new(move |x| x * n)
}

fn main() {
    let pipeline: Vec<(&str, Box<dyn Fn(i32) -> i32>)> = vec![
        ("add 3", make_adder(3)),
        ("times 4", make_multiplier(4)),
        ("square", Box::new(|x| x * x)),
        ("minus 10", make_adder(-10)),
    ];

    let mut value = 2;
    for (name, step) in &pipeline {
        value = step(value);
        println!("{:<9} => {}", name, value);
    }

    let composed = pipeline.iter().fold(1, |acc, (_, f)| f(acc));
    println!("starting from 1: {}", composed);

    let mut log: Vec<String> = Vec::new();
    let mut record: Box<dyn FnMut(&str)> = Box::new(|msg| log.push(msg.to_uppercase()));
    record("start");
    record("stop");
    drop(record);
    println!("{:?}", log);
}
