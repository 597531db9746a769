fn main() {
    let mut clicks = 0;
    let on_click = || {
        clicks += 1;
        println!("clicked");
    };
    on_click();
    on_click();
    println!("clicks = {}", clicks);
}
