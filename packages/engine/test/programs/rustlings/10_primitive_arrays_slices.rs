// primitive_types3/4: arrays and slices.
fn sum(values: &[i32]) -> i32 {
    let mut total = 0;
    for v in values {
        total += v;
    }
    total
}

fn main() {
    let a = [0u8; 120];
    if a.len() >= 100 {
        println!("Wow, that's a big array of {} elements!", a.len());
    }

    let numbers = [1, 2, 3, 4, 5];
    let nice_slice = &numbers[1..4];
    println!("nice_slice = {:?}", nice_slice);
    println!("sum of all = {}, sum of slice = {}", sum(&numbers), sum(nice_slice));
    println!("first = {:?}, last = {:?}", numbers.first(), nice_slice.last());
}
