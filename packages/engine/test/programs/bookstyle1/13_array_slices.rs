// Slices work for arrays and vectors too.
fn sum(values: &[i32]) -> i32 {
    let mut total = 0;
    for v in values {
        total += v;
    }
    total
}

fn split_halves(values: &[i32]) -> (&[i32], &[i32]) {
    let mid = values.len() / 2;
    (&values[..mid], &values[mid..])
}

fn zero_out(values: &mut [i32]) {
    for v in values.iter_mut() {
        *v = 0;
    }
}

fn main() {
    let mut week = [12, 7, 3, 9, 15, 4, 8];
    let weekdays = &week[0..5];
    println!("weekday total: {}", sum(weekdays));

    let (left, right) = split_halves(&week);
    println!("left {:?} right {:?}", left, right);

    zero_out(&mut week[5..]);
    println!("weekend cleared: {:?}", week);

    let scores = vec![90, 85, 77];
    println!("vec slice sum: {}", sum(&scores[1..]));
}
