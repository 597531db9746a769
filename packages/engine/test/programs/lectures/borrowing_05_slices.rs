// String slices and array slices borrow part of a collection.
fn first_word(s: &str) -> &str {
    let bytes = s.as_bytes();
    for (i, &item) in bytes.iter().enumerate() {
        if item == b' ' {
            return &s[0..i];
        }
    }
    &s[..]
}

fn sum(xs: &[i32]) -> i32 {
    let mut total = 0;
    for x in xs {
        total += x;
    }
    total
}

fn average(xs: &[f64]) -> f64 {
    xs.iter().sum::<f64>() / xs.len() as f64
}

fn main() {
    let sentence = String::from("borrow checker rules");
    let word = first_word(&sentence);
    println!("first word: {}", word);
    println!("literal: {}", first_word("single"));
    println!("middle: {}", &sentence[7..14]);

    let a = [1, 2, 3, 4, 5, 6];
    println!("sum all = {}", sum(&a));
    println!("sum [1..4] = {}", sum(&a[1..4]));
    println!("sum tail = {}", sum(&a[3..]));
    let (left, right) = a.split_at(2);
    println!("left {:?} right {:?}", left, right);

    let temps = vec![20.5, 22.0, 19.5, 21.0];
    println!("average = {:.2}", average(&temps));
    println!("average of last two = {:.2}", average(&temps[2..]));
}
