// ? only converts errors when a From implementation exists for the function's error type.
#[derive(Debug)]
enum AppError {
    NotFound,
}

fn find_age(names: &[&str], ages: &[&str], who: &str) -> Result<u32, AppError> {
    let i = names.iter().position(|n| *n == who).ok_or(AppError::NotFound)?;
    let age = ages[i].parse::<u32>()?;
    Ok(age)
}

fn main() {
    let names = ["ann", "bo"];
    let ages = ["31", "x"];
    println!("{:?}", find_age(&names, &ages, "ann"));
}
