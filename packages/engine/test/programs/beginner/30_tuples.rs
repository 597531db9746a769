fn min_max(values: [i32; 5]) -> (i32, i32) {
    let mut min = values[0];
    let mut max = values[0];
    for v in values {
        if v < min {
            min = v;
        }
        if v > max {
            max = v;
        }
    }
    (min, max)
}

fn main() {
    let point: (i32, i32) = (3, -7);
    println!("x = {}, y = {}", point.0, point.1);

    let person = ("Grace", 85, 1.68);
    let (name, age, height) = person;
    println!("{} is {} years old and {} m tall", name, age, height);

    let (lo, hi) = min_max([12, -4, 33, 7, 0]);
    println!("min = {}, max = {}", lo, hi);

    let mut pair = (1, 2);
    pair.0 += 10;
    pair = (pair.1, pair.0);
    println!("swapped: {:?}", pair);

    let unit = ();
    println!("unit: {:?}", unit);
}
