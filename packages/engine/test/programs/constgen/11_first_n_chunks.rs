use std::convert::TryInto;

// Take the first N elements of a slice as a fixed-size array.
fn first<const N: usize>(items: &[i32]) -> Option<[i32; N]> {
    if items.len() < N {
        return None;
    }
    let head: [i32; N] = items[..N].try_into().unwrap();
    Some(head)
}

fn main() {
    let scores = vec![90, 85, 77, 64, 58];
    let top3 = first::<3>(&scores);
    println!("top3 = {:?}", top3);

    // N inferred from the annotated type.
    let pair: Option<[i32; 2]> = first(&scores);
    println!("pair = {:?}", pair);

    let too_many = first::<10>(&scores);
    println!("too_many = {:?}", too_many);

    if let Some([a, b, c, d]) = first::<4>(&scores) {
        println!("a+b+c+d = {}", a + b + c + d);
    }
}
