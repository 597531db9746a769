// move_semantics1/2: the vector is moved into fill_vec, then used again.
fn fill_vec(vec: Vec<i32>) -> Vec<i32> {
    let mut vec = vec;
    vec.push(88);
    vec
}

fn main() {
    let vec0 = vec![22, 44, 66];
    let vec1 = fill_vec(vec0);

    println!("vec0 = {:?}", vec0);
    println!("vec1 = {:?}", vec1);
}
