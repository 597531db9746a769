// move_semantics2/3 solved: clone where we need two owners, borrow where we only read.
fn fill_vec(mut vec: Vec<i32>) -> Vec<i32> {
    vec.push(88);
    vec
}

fn total(vec: &Vec<i32>) -> i32 {
    vec.iter().sum()
}

fn append_twice(vec: &mut Vec<i32>, value: i32) {
    vec.push(value);
    vec.push(value);
}

fn main() {
    let vec0 = vec![22, 44, 66];
    let vec1 = fill_vec(vec0.clone());
    println!("vec0 = {:?} (total {})", vec0, total(&vec0));
    println!("vec1 = {:?} (total {})", vec1, total(&vec1));

    let mut vec2 = vec1;
    append_twice(&mut vec2, 7);
    println!("vec2 = {:?}", vec2);
}
