// A vec!-like macro: a repetition pushes every element.
macro_rules! my_vec {
    () => { Vec::new() };
    ( $( $x:expr ),+ $(,)? ) => {{
        let mut v = Vec::new();
        $( v.push($x); )+
        v
    }};
}

fn main() {
    let empty: Vec<i32> = my_vec![];
    let nums = my_vec![1, 2, 3,];
    let words = my_vec!["a".to_string(), String::from("b")];
    println!("{:?} {:?} {:?}", empty, nums, words);
    println!("{}", nums.len() + words.len());
}
