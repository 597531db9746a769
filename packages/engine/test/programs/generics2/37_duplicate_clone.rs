// T: Clone lets us copy out of a borrowed slice.
fn duplicate<T: Clone>(v: &[T]) -> Vec<T> {
    let mut out = Vec::with_capacity(v.len() * 2);
    for item in v {
        out.push(item.clone());
        out.push(item.clone());
    }
    out
}

fn last_n<T: Clone>(v: &[T], n: usize) -> Vec<T> {
    let start = if n > v.len() { 0 } else { v.len() - n };
    v[start..].to_vec()
}

fn main() {
    let names = vec![String::from("Kim"), String::from("Lee")];
    let twice = duplicate(&names);
    println!("{:?}", twice);
    println!("original still here: {:?}", names);

    let nums = [1, 2, 3, 4, 5];
    println!("{:?}", duplicate(&nums[..2]));
    println!("{:?}", last_n(&nums, 3));
    println!("{:?}", last_n(&nums, 10));
}
