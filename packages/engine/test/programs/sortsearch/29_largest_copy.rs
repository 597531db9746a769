// Returning T by value works when T is Copy.
fn largest<T: PartialOrd + Copy>(list: &[T]) -> T {
    let mut largest = list[0];
    for &item in list {
        if item > largest {
            largest = item;
        }
    }
    largest
}

fn smallest<T: PartialOrd + Copy>(list: &[T]) -> T {
    let mut m = list[0];
    for &x in list.iter().skip(1) {
        if x < m {
            m = x;
        }
    }
    m
}

fn main() {
    let v = [3, 9, -4, 7];
    println!("{} {}", largest(&v), smallest(&v));
    let f = [0.5, 0.25, 2.75];
    println!("{} {}", largest(&f), smallest(&f));
}
