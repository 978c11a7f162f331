//! Lists answered one page at a time: the page, and the one query shape every list is asked with
//! (page, page size, sort, order, and the list's own filters).

use std::fmt::Debug;

use serde::{Deserialize, Serialize};

use super::query_string::{QueryError, QueryParams, QueryString};
use super::wire_enum::{WireEnum, wire_enum};

/// Page size when the query names none.
pub const DEFAULT_PER_PAGE: u32 = 25;
/// Largest page size a list answers; a larger `per_page` is rejected with a 400.
pub const MAX_PER_PAGE: u32 = 100;

/// One page of a list, with the size of the whole (filtered) list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Page<T> {
    /// The rows of this page, in the requested order; empty past the last page.
    pub items: Vec<T>,
    /// How many rows match the filters, on all pages together.
    pub total: u64,
    /// This page's number, from 1.
    pub page: u32,
    /// The page size asked for (the last page may hold fewer rows).
    pub per_page: u32,
}

impl<T> Page<T> {
    /// How many pages the whole list takes (0 for an empty list).
    pub fn page_count(&self) -> u64 {
        if self.per_page == 0 { 0 } else { self.total.div_ceil(u64::from(self.per_page)) }
    }
}

wire_enum! {
    /// The direction of a sort.
    pub enum SortOrder {
        /// Smallest (or oldest, or A) first.
        Asc = "asc",
        /// Largest (or newest, or Z) first.
        Desc = "desc",
    }
}

/// The filters of one list, and what its [`ListQuery`] needs besides: the list's path and what
/// it can be sorted by.
pub trait ListFilter: Debug + Clone + PartialEq + Eq + Default {
    /// What the list can be sorted by.
    type Sort: WireEnum + Debug + Eq;
    /// The sort when the query names none (newest or latest first: the default order is `desc`).
    const DEFAULT_SORT: Self::Sort;
    /// The list's path, relative to [`crate::API_PREFIX`].
    const PATH: &'static str;
    /// The filters' query parameters, in the order an error message lists them.
    const PARAMETERS: &'static [&'static str];

    /// Reads the filters from a checked query string; an error names the parameter at fault.
    fn read(params: &QueryParams<'_>) -> Result<Self, QueryError>;

    /// Adds the filters that narrow the list to `query` (nothing for an empty filter).
    fn write(&self, query: &mut QueryString);
}

/// The query string of a list endpoint: which page, in which order, narrowed by which filters.
/// Built and read here, so the app and the backend agree on every parameter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListQuery<F: ListFilter> {
    /// Page number, from 1 (`page`).
    pub page: u32,
    /// Rows per page, 1 to [`MAX_PER_PAGE`] (`per_page`).
    pub per_page: u32,
    /// Sort field (`sort`).
    pub sort: F::Sort,
    /// Sort direction (`order`).
    pub order: SortOrder,
    /// The list's own filters (`status=...`, `currency=...`).
    pub filter: F,
}

impl<F: ListFilter> Default for ListQuery<F> {
    fn default() -> Self {
        Self::filtered(F::default())
    }
}

impl<F: ListFilter> ListQuery<F> {
    /// The parameters every list knows, before its filters'.
    const PAGING_AND_SORT: &[&str] = &["page", "per_page", "sort", "order"];

    /// The first page of the list narrowed by `filter`, in the default size and order.
    pub fn filtered(filter: F) -> Self {
        Self { page: 1, per_page: DEFAULT_PER_PAGE, sort: F::DEFAULT_SORT, order: SortOrder::Desc, filter }
    }

    /// Reads and checks a decoded query string. Every problem is an error naming its parameter.
    pub fn parse(pairs: &[(String, String)]) -> Result<Self, QueryError> {
        let known: Vec<&str> = Self::PAGING_AND_SORT.iter().chain(F::PARAMETERS).copied().collect();
        let params = QueryParams::new(pairs, &known)?;
        let defaults = Self::default();
        let (page, per_page) = params.pagination()?;
        Ok(Self {
            page,
            per_page,
            sort: params.one("sort")?.unwrap_or(defaults.sort),
            order: params.one("order")?.unwrap_or(defaults.order),
            filter: F::read(&params)?,
        })
    }

    /// The query string (without `?`), naming only what differs from the defaults.
    pub fn to_query_string(&self) -> String {
        let defaults = Self::default();
        let mut query = QueryString::default();
        query.pagination(self.page, self.per_page);
        query.push_if("sort", self.sort.as_str(), self.sort != defaults.sort);
        query.push_if("order", self.order.as_str(), self.order != defaults.order);
        self.filter.write(&mut query);
        query.into_string()
    }

    /// The path to request, relative to [`crate::API_PREFIX`]: the list's path and its query.
    pub fn path(&self) -> String {
        let query = self.to_query_string();
        if query.is_empty() { F::PATH.to_owned() } else { format!("{}?{query}", F::PATH) }
    }
}

/// The filters of a list narrowed by status and currency (deposits, disputes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusFilter<S> {
    /// Only these statuses; empty for all (`status=pending,in_transit`).
    pub statuses: Vec<S>,
    /// Only this currency (`currency=GBP`, any case).
    pub currency: Option<String>,
}

impl<S> Default for StatusFilter<S> {
    fn default() -> Self {
        Self { statuses: Vec::new(), currency: None }
    }
}

impl<S: WireEnum> StatusFilter<S> {
    /// The parameters of a status filter.
    pub(super) const STATUS_PARAMETERS: &[&str] = &["status", "currency"];

    /// Reads `status` and `currency` ([`ListFilter::read`] of a list with a status filter).
    pub(super) fn read_status_and_currency(params: &QueryParams<'_>) -> Result<Self, QueryError> {
        Ok(Self { statuses: params.list("status")?, currency: params.currency()? })
    }

    /// Writes `status` and `currency` ([`ListFilter::write`] of a list with a status filter).
    pub(super) fn write_status_and_currency(&self, query: &mut QueryString) {
        query.list("status", &self.statuses);
        query.optional("currency", self.currency.as_deref());
    }
}
