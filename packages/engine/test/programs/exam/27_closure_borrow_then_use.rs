fn main() {
    let mut count = 0;
    let mut inc = || {
        count += 1;
        println!("inc -> {}", count);
    };
    inc();
    inc();
    println!("count after closure = {}", count);

    let names = vec!["x", "y"];
    let show = || println!("names: {:?}", names);
    show();
    println!("still own {} names", names.len());
    show();
}
