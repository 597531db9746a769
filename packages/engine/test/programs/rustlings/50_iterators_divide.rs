// iterators3: collect an iterator of Results into a Result of Vec, or a Vec of Results.
#[derive(Debug, PartialEq, Eq)]
enum DivisionError {
    DivideByZero,
    NotDivisible,
}

fn divide(a: i64, b: i64) -> Result<i64, DivisionError> {
    if b == 0 {
        return Err(DivisionError::DivideByZero);
    }
    if a % b != 0 {
        return Err(DivisionError::NotDivisible);
    }
    Ok(a / b)
}

fn result_with_list(numbers: &[i64]) -> Result<Vec<i64>, DivisionError> {
    numbers.iter().map(|n| divide(*n, 27)).collect()
}

fn list_of_results(numbers: &[i64]) -> Vec<Result<i64, DivisionError>> {
    numbers.iter().map(|n| divide(*n, 27)).collect()
}

fn main() {
    println!("{:?}", divide(81, 9));
    println!("{:?}", divide(81, 6));
    println!("{:?}", divide(81, 0));
    println!("{:?}", result_with_list(&[27, 297, 38502, 81]));
    println!("{:?}", result_with_list(&[27, 28]));
    println!("{:?}", list_of_results(&[27, 297, 38502, 81, 10]));
}
