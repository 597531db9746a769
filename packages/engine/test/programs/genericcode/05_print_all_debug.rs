use std::fmt::Debug;

// Print every element of a slice, whatever its type, as long as it is Debug.
fn print_all<T: Debug>(items: &[T]) {
    for (i, item) in items.iter().enumerate() {
        println!("  [{}] {:?}", i, item);
    }
}

#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    println!("integers:");
    print_all(&[3, 1, 4]);
    println!("strings:");
    print_all(&["red", "green"]);
    println!("points:");
    let pts = vec![Point { x: 0, y: 0 }, Point { x: 2, y: -1 }];
    print_all(&pts);
    println!("options:");
    print_all(&[Some(1.5), None]);
}
