fn make_op(name: &str) -> Box<dyn Fn(i32, i32) -> i32> {
    match name {
        "add" => Box::new(|a, b| a + b),
        "sub" => Box::new(|a, b| a - b),
        "mul" => Box::new(|a, b| a * b),
        _ => Box::new(|_, _| 0),
    }
}

fn main() {
    let names = ["add", "sub", "mul", "pow"];
    for name in names.iter() {
        let op = make_op(name);
        println!("{}(7, 3) = {}", name, op(7, 3));
    }

    let offset = 100;
    let pipeline: Vec<Box<dyn Fn(i32) -> i32>> = vec![
        Box::new(|x| x + 1),
        Box::new(|x| x * x),
        Box::new(move |x| x - offset),
    ];

    let mut value = 4;
    for (i, step) in pipeline.iter().enumerate() {
        value = step(value);
        println!("after step {}: {}", i, value);
    }

    let final_value = pipeline.iter().fold(2, |acc, f| f(acc));
    println!("fold through pipeline from 2: {}", final_value);
}
