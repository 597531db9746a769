// Generic functions with trait bounds.
use std::fmt::Display;

fn largest<T: PartialOrd + Copy>(list: &[T]) -> T {
    let mut largest = list[0];
    for &item in list {
        if item > largest {
            largest = item;
        }
    }
    largest
}

fn largest_ref<T: PartialOrd>(list: &[T]) -> &T {
    let mut largest = &list[0];
    for item in list {
        if item > largest {
            largest = item;
        }
    }
    largest
}

fn show_all<T>(items: &[T]) -> String
where
    T: Display,
{
    let parts: Vec<String> = items.iter().map(|i| format!("<{}>", i)).collect();
    parts.join(" ")
}

fn count_matching<T: PartialEq>(items: &[T], target: &T) -> usize {
    items.iter().filter(|x| *x == target).count()
}

fn main() {
    let numbers = vec![34, 50, 25, 100, 65];
    println!("largest number: {}", largest(&numbers));
    let chars = vec!['y', 'm', 'a', 'q'];
    println!("largest char: {}", largest(&chars));
    let floats = [1.5, -2.0, 9.25];
    println!("largest float: {}", largest(&floats));

    let words = vec![String::from("apple"), String::from("zebra"), String::from("mango")];
    println!("largest word: {}", largest_ref(&words));
    println!("all: {}", show_all(&words));
    println!("nums: {}", show_all(&numbers));
    println!("count 'a': {}", count_matching(&chars, &'a'));
    println!("count 50: {}", count_matching(&numbers, &50));
}
