fn main() {
    let present: Option<i32> = Some(7);
    let missing: Option<i32> = None;

    println!("unwrap_or: {} {}", present.unwrap_or(0), missing.unwrap_or(0));
    println!("unwrap_or_else: {}", missing.unwrap_or_else(|| 40 + 2));
    println!("unwrap_or_default: {}", missing.unwrap_or_default());

    let name: Option<String> = None;
    let shown = name.unwrap_or_default();
    println!("default string = {:?} (len {})", shown, shown.len());

    let fallback = String::from("guest");
    let user: Option<String> = None;
    println!("user = {}", user.unwrap_or_else(|| fallback.clone()));
    println!("fallback still usable: {}", fallback);

    let nums: Option<Vec<i32>> = None;
    println!("vec default = {:?}", nums.unwrap_or_default());
}
