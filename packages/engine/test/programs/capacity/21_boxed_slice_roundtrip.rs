// into_boxed_slice drops spare capacity; into_vec turns it back.
fn main() {
    let mut names: Vec<String> = Vec::with_capacity(10);
    names.push(String::from("oak"));
    names.push(String::from("pine"));
    names.push(String::from("elm"));
    println!("vec: len={} cap={}", names.len(), names.capacity());

    let frozen: Box<[String]> = names.into_boxed_slice();
    println!("boxed: len={}", frozen.len());

    let mut again: Vec<String> = frozen.into_vec();
    println!("back to vec: len={} cap={}", again.len(), again.capacity());
    again.push(String::from("ash"));
    println!("pushed: len={} cap={} {:?}", again.len(), again.capacity(), again);
}
