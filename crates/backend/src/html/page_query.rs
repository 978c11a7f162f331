//! The pages' query-string extractor: a query that does not decode gets a page saying so.

use axum::extract::{FromRequestParts, Query};
use axum::http::request::Parts;
use axum::response::Response;
use serde::de::DeserializeOwned;

use super::{Site, notice};

/// A page's query string of type `T`. One that does not decode (a parameter given twice, say)
/// gets a page saying so, with the pages' headers, instead of axum's plain-text rejection.
#[derive(Debug, Clone, Copy)]
pub(crate) struct PageQuery<T>(pub T);

impl<T, S> FromRequestParts<S> for PageQuery<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        match Query::<T>::from_request_parts(parts, state).await {
            Ok(Query(value)) => Ok(Self(value)),
            Err(rejection) => Err(notice(
                rejection.status(),
                Site::Panel,
                "This address could not be read",
                &rejection.body_text(),
                ("/", "Back to the panel"),
            )),
        }
    }
}
