// fn pointers: passing named functions (and non-capturing closures) as values.
fn add_one(x: i32) -> i32 {
    x + 1
}

fn square(x: i32) -> i32 {
    x * x
}

fn do_twice(f: fn(i32) -> i32, arg: i32) -> i32 {
    f(f(arg))
}

#[derive(Debug)]
enum Status {
    Value(u32),
}

fn main() {
    println!("do_twice(add_one, 5) = {}", do_twice(add_one, 5));
    println!("do_twice(square, 3) = {}", do_twice(square, 3));
    println!("with a closure: {}", do_twice(|x| x - 10, 50));

    let pipeline: [(&str, fn(i32) -> i32); 2] = [("add_one", add_one), ("square", square)];
    for (name, f) in pipeline.iter() {
        println!("{}(4) = {}", name, f(4));
    }

    let list_of_numbers = vec![1, 2, 3];
    let as_strings: Vec<String> = list_of_numbers.iter().map(ToString::to_string).collect();
    println!("{:?}", as_strings);

    // Tuple-struct and enum constructors are functions too.
    let statuses: Vec<Status> = (0u32..3).map(Status::Value).collect();
    println!("{:?}", statuses);
}
