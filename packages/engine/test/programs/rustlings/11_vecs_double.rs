// vecs1/2: build a Vec and double every element, once in place, once with map.
fn array_and_vec() -> ([i32; 4], Vec<i32>) {
    let a = [10, 20, 30, 40];
    let v = vec![10, 20, 30, 40];
    (a, v)
}

fn vec_loop(input: &[i32]) -> Vec<i32> {
    let mut output = Vec::new();
    for element in input {
        output.push(2 * element);
    }
    output
}

fn vec_map(input: &[i32]) -> Vec<i32> {
    input.iter().map(|element| element * 2).collect()
}

fn main() {
    let (a, v) = array_and_vec();
    println!("array = {:?}, vec = {:?}, equal: {}", a, v, a[..] == v[..]);

    let input: Vec<i32> = (1..=5).collect();
    println!("loop: {:?}", vec_loop(&input));
    println!("map:  {:?}", vec_map(&input));

    let mut in_place = input.clone();
    for x in in_place.iter_mut() {
        *x *= 2;
    }
    println!("in place: {:?}", in_place);
}
