// Closure syntax: the annotations are optional.
fn add_one_v1(x: u32) -> u32 { x + 1 }

fn main() {
    let add_one_v2 = |x: u32| -> u32 { x + 1 };
    let add_one_v3 = |x| { x + 1 };
    let add_one_v4 = |x| x + 1;

    println!("{}", add_one_v1(1));
    println!("{}", add_one_v2(2));
    println!("{}", add_one_v3(3u32));
    println!("{}", add_one_v4(4u32));

    // Once the type is inferred, it is fixed.
    let example_closure = |x| x;
    let s = example_closure(String::from("hello"));
    println!("{}", s);

    let no_args = || 42;
    let two_args = |a: i32, b: i32| a * b;
    println!("{} {}", no_args(), two_args(6, 7));
}
