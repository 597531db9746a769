// Student mistake: largest<T: PartialOrd> without Copy moves out of the slice (E0508)
fn largest<T: PartialOrd>(list: &[T]) -> T {
    let mut largest = list[0];
    for &item in list.iter() {
        if item > largest {
            largest = item;
        }
    }
    largest
}

fn main() {
    let words = vec![String::from("pear"), String::from("fig")];
    println!("{}", largest(&words));
    println!("{}", largest(&[3, 8, 1]));
}
