// Closures that capture by immutable reference (Rust Book 13.1).
fn main() {
    let list = vec![1, 2, 3];
    println!("Before defining closure: {:?}", list);

    let only_borrows = || println!("From closure: {:?}", list);

    println!("Before calling closure: {:?}", list);
    only_borrows();
    println!("After calling closure: {:?}", list);

    let threshold = 2;
    let above = |x: &i32| *x > threshold;
    let big: Vec<&i32> = list.iter().filter(|x| above(x)).collect();
    println!("above {}: {:?}", threshold, big);

    let greeting = String::from("Hello");
    let greet = |name: &str| format!("{}, {}!", greeting, name);
    println!("{}", greet("Ferris"));
    println!("{}", greet("Corro"));
    println!("greeting still usable: {}", greeting.len());
}
