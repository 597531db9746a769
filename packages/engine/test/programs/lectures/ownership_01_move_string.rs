// Lecture 2: a String owns its heap buffer; assignment moves ownership.
fn main() {
    let s1 = String::from("hello");
    let s2 = s1; // s1 is moved into s2
    println!("s2 = {}", s2);

    // clone makes a deep copy, both stay valid
    let s3 = s2.clone();
    println!("s2 = {}, s3 = {}", s2, s3);

    // integers are Copy: no move happens
    let x = 5;
    let y = x;
    println!("x = {}, y = {}", x, y);

    // moving into a new binding inside a block
    let outer = String::from("outer");
    {
        let inner = outer;
        println!("inside block: {}", inner);
    } // inner dropped here
    let mut built = String::new();
    for word in ["a", "b", "c"] {
        built.push_str(word);
        built.push('-');
    }
    let finished = built;
    println!("finished = {} (len {})", finished, finished.len());
}
